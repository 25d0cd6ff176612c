echo one > /tmp/f
echo two >> /tmp/f
cat /tmp/f
wc -l < /tmp/f
ls /nonexistent 2>/dev/null || echo missing
echo to-stderr >&2
{ echo a; echo b; } > /tmp/g
cat /tmp/g
mkdir /tmp/d && mv /tmp/f /tmp/d/h && ls /tmp/d
rm /tmp/d/h && rmdir /tmp/d && ls /tmp
cat < /dev/null | wc -c
exec 3>/tmp/fd3
echo via-fd3 >&3
exec 3>&-
cat /tmp/fd3
cat <<END
here $((1 + 1))
END
