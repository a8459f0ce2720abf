from _mod_cyc_x import x_value
y_value = "y"
