# Check that every export of the kernel is GPL-only exactly when Debian's is.
# Input: Module.symvers (first file), then `nm` of vmlinux. Prints each
# export whose kind differs and exits 1 if there is one.
FILENAME == ARGV[1] {
	if ($3 == "vmlinux")
		debian[$2] = $4
	next
}
$3 == "__start___ksymtab_gpl" { gpl_start = $1 }
$3 == "__stop___ksymtab_gpl" { gpl_stop = $1 }
$3 ~ /^__ksymtab_/ && $3 != "__ksymtab_strings" { addr[substr($3, 11)] = $1 }
END {
	for (sym in addr) {
		kind = (addr[sym] >= gpl_start && addr[sym] < gpl_stop) ? \
			"EXPORT_SYMBOL_GPL" : "EXPORT_SYMBOL"
		if (sym in debian && debian[sym] != kind) {
			printf "export %s: %s here, %s in Debian's kernel\n", \
				sym, kind, debian[sym] > "/dev/stderr"
			bad = 1
		}
	}
	exit bad
}
