#!/bin/sh
# /init for the fork-bomb test: a fork bomb runs into the OOM killer; init (which the OOM killer
# never chooses) then kills everything else and says what the kernel did.
mount -t proc proc /proc
(f(){ f|f & }; f) &
sleep 0.2
kill -9 -1
sleep 0.2
echo "kills: $(dmesg -s 1000000 | grep -c 'Out of memory: Killed')"
# user processes only: kernel threads (kthreadd and its children) have an empty cmdline
echo "processes left: $(grep -l . /proc/[0-9]*/cmdline 2>/dev/null | wc -l)"
poweroff -f
