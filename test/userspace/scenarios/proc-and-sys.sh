ls /sys
cat /proc/cmdline
grep -w -e proc -e sysfs -e devtmpfs -e ramfs /proc/filesystems
cut -d ' ' -f 1-3 /proc/mounts
cat /proc/sys/kernel/tainted
cat /proc/sys/kernel/printk
readlink /proc/self/exe
cat /proc/self/cmdline | tr '\0' ' '; echo
ls -d /proc/self /proc/sys/kernel
