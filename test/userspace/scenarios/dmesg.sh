dmesg -r | tail -n 6
dmesg | tail -n 1
