# Turn Linux's include/linux/oid_registry.h (from Debian's headers) into
# OID(name, "<DER bytes>") lines, in enum order, as Linux's
# build_OID_registry.pl reads it: one "OID_x, /* dotted */" per line.
function encode(dotted,    n, a, i, out, v, first, b, s) {
	n = split(dotted, a, ".")
	out = sprintf("\\x%02x", a[1] * 40 + a[2])
	for (i = 3; i <= n; i++) {
		v = a[i] + 0
		s = sprintf("\\x%02x", v % 128)
		v = int(v / 128)
		while (v > 0) {
			s = sprintf("\\x%02x", 128 + v % 128) s
			v = int(v / 128)
		}
		out = out s
	}
	return out
}
/^[ \t]*OID_[A-Za-z0-9_]+,[ \t]*\/\* [0-9.]+ \*\// {
	name = $1
	sub(/,$/, "", name)
	printf "OID(%s, \"%s\")\n", name, encode($3)
	count++
}
END { if (!count) exit 1 }
