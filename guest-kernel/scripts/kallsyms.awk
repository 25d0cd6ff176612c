# SPDX-License-Identifier: GPL-2.0
#
# Turn "nm -n vmlinux" into the kernel's symbol table (kernel/kallsyms.c):
# the text symbols, sorted by address, as assembly for the .kallsyms
# section. With no input it gives the empty table of the first link.
#
#	kallsyms_num_syms	number of symbols
#	kallsyms_addresses[]	their addresses, ascending
#	kallsyms_offsets[]	where each name starts in kallsyms_names
#	kallsyms_names		the names, NUL-terminated
#	kallsyms_types		nm's type letter of each (t, T, w, W)

BEGIN { n = 0; ascii["t"] = 116; ascii["T"] = 84; ascii["w"] = 119; ascii["W"] = 87 }

$2 ~ /^[tTwW]$/ && $3 !~ /^(\$|\.L)/ {
	addr[n] = $1
	type[n] = $2
	name[n] = $3
	rank[n] = sym_rank($2, $3)
	n++
}

# Among symbols at one address the lookup reports the first: put real
# functions before weak ones, and both before section markers such as
# __end_rodata or _sinittext (fewer leading underscores first).
function sym_rank(type, sym,    r, u) {
	r = 0
	if (type ~ /[wW]/)
		r += 100
	if (sym ~ /^__(start_|stop_|end_)/ || sym ~ /^__.*(_start|_end)$/ ||
	    sym ~ /^_(s|e)(text|inittext|data)$/ || sym ~ /^(_text|_head|__init_begin|__bss_stop)$/)
		r += 10
	u = match(sym, /[^_]/) - 1
	return r + (u > 9 ? 9 : u)
}

# Stable sort of each run of equal addresses by rank.
function order_aliases(    i, j, t) {
	for (i = 1; i < n; i++) {
		for (j = i; j > 0 && addr[j - 1] == addr[j] && rank[j - 1] > rank[j]; j--) {
			t = addr[j]; addr[j] = addr[j - 1]; addr[j - 1] = t
			t = name[j]; name[j] = name[j - 1]; name[j - 1] = t
			t = type[j]; type[j] = type[j - 1]; type[j - 1] = t
			t = rank[j]; rank[j] = rank[j - 1]; rank[j - 1] = t
		}
	}
}

END {
	order_aliases()
	print "\t.section .kallsyms, \"a\""
	print "\t.balign 8"
	print "\t.globl kallsyms_num_syms"
	print "kallsyms_num_syms:"
	printf "\t.dc.a %d\n", n
	print "\t.globl kallsyms_addresses"
	print "kallsyms_addresses:"
	for (i = 0; i < n; i++)
		printf "\t.dc.a 0x%s\n", addr[i]
	print "\t.globl kallsyms_offsets"
	print "kallsyms_offsets:"
	off = 0
	for (i = 0; i < n; i++) {
		printf "\t.long %d\n", off
		off += length(name[i]) + 1
	}
	print "\t.globl kallsyms_names"
	print "kallsyms_names:"
	for (i = 0; i < n; i++)
		printf "\t.asciz \"%s\"\n", name[i]
	print "\t.globl kallsyms_types"
	print "kallsyms_types:"
	for (i = 0; i < n; i++)
		printf "\t.byte %d\n", ascii[type[i]]
}
