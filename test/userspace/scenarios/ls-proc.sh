# compare: ordered-subset (the board lacks Linux's /proc entries for subsystems it does not have)
ls /proc | grep -v '^[0-9]'
