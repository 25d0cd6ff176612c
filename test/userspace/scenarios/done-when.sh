echo hello | wc -c; cat /proc/cmdline; seq 3 | while read n; do echo n$n; done; dmesg | tail -n 1
