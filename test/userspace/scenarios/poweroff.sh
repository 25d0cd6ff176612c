echo before
poweroff -f
echo never
