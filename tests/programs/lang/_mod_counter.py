print("  [_mod_counter body runs]")
loads = []
loads.append("loaded")
value = 100
