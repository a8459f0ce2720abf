from _mod_cyc_y import y_value
x_value = "x"
