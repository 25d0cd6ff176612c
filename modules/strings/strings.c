// SPDX-License-Identifier: GPL-2.0
/*
 * The string, number and charset helpers ordinary modules import,
 * each run over edge cases and printed: kstrto*, the printf family,
 * strscpy/strlcpy/strlcat, searching, UTF-8 and NLS tables, and
 * rational_best_approximation. The charset parameter names a table
 * for load_nls() (an nls_* module loaded first).
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/nls.h>
#include <linux/rational.h>
#include <linux/slab.h>
#include <linux/string.h>

static char *charset = "default";
module_param(charset, charp, 0444);
MODULE_PARM_DESC(charset, "an NLS table to translate with");

static const char *const numbers[] = {
	"12", "-5", "0x1f", "012", "+7", "12\n", "", "abc", "4294967296",
	"-2147483649", "18446744073709551616", "0", "-0", "1 ", "0X10",
};

static void test_kstrto(void)
{
	unsigned long long ull;
	long long ll;
	unsigned int u;
	int i, r1, r2, r3, r4, v;
	char shown[24];
	bool b;

	for (i = 0; i < ARRAY_SIZE(numbers); i++) {
		ull = ll = u = v = 0;
		r1 = kstrtoint(numbers[i], 0, &v);
		r2 = kstrtouint(numbers[i], 10, &u);
		r3 = kstrtoull(numbers[i], 0, &ull);
		r4 = kstrtoll(numbers[i], 16, &ll);
		strscpy(shown, numbers[i], sizeof(shown));
		pr_info("strings: kstrto \"%s\": int %d/%d uint %d/%u ull %d/%llu ll16 %d/%lld\n",
			strim(shown), r1, v,
			r2, u, r3, ull, r4, ll);
	}
	/* long is 32 bits on 32-bit ARM: there these import _kstrtoul and _kstrtol. */
	for (i = 0; i < ARRAY_SIZE(numbers); i++) {
		unsigned long ul = 0;
		long l = 0;

		r1 = kstrtoul(numbers[i], 0, &ul);
		r2 = kstrtol(numbers[i], 0, &l);
		strscpy(shown, numbers[i], sizeof(shown));
		pr_info("strings: kstrtoul/l \"%s\": %d/%lu %d/%ld\n",
			strim(shown), r1, ul, r2, l);
	}
	for (i = 0; i < 4; i++) {
		static const char *const words[] = { "on", "N", "of", "1x" };

		b = false;
		r1 = kstrtobool(words[i], &b);
		pr_info("strings: kstrtobool \"%s\" %d/%d\n", words[i], r1, b);
	}
}

static void test_printf(void)
{
	char buf[16], *s;
	int n, m;

	n = snprintf(buf, sizeof(buf), "%s-%05d-%x", "abcdefgh", 42, 0xbeef);
	m = scnprintf(buf, sizeof(buf), "%s-%05d-%x", "abcdefgh", 42, 0xbeef);
	pr_info("strings: snprintf %d scnprintf %d \"%s\"\n", n, m, buf);
	n = sprintf(buf, "%-6s|%6s|%c", "ab", "cd", 'z');
	pr_info("strings: sprintf %d \"%s\"\n", n, buf);
	s = kasprintf(GFP_KERNEL, "%*d|%-*u|%llx|%lld|%%|%.3s|%p", 6, -17, 4, 9U,
		      0xfedcba9876543210ULL, -9000000000LL, "truncated", NULL);
	pr_info("strings: kasprintf \"%s\" (%zu)\n", s, s ? strlen(s) : 0);
	kfree(s);
}

static void test_copies(void)
{
	char small[8], buf[32];
	ssize_t r;
	size_t l;

	r = strscpy(small, "exactly7", sizeof(small));
	pr_info("strings: strscpy %zd \"%s\"\n", r, small);
	r = strscpy(small, "short", sizeof(small));
	pr_info("strings: strscpy %zd \"%s\"\n", r, small);
	l = strlcpy(small, "much too long", sizeof(small));
	pr_info("strings: strlcpy %zu \"%s\"\n", l, small);
	strcpy(buf, "abc");
	l = strlcat(buf, "defghij", 8);
	pr_info("strings: strlcat %zu \"%s\"\n", l, buf);
	pr_info("strings: strstr %s strchr %s strrchr %s strnlen %zu memcmp %d\n",
		strstr("haystack needle", "needle"), strchr("a.b.c", '.'),
		strrchr("a.b.c", '.'), strnlen("abcdef", 4),
		memcmp("abd", "abc", 3) > 0);
}

static void test_utf8(void)
{
	static const u8 *const inputs[] = {
		(const u8 *)"A", (const u8 *)"\xc3\xa9", (const u8 *)"\xe2\x82\xac",
		(const u8 *)"\xf0\x9f\x98\x80", (const u8 *)"\xc0\xaf",
		(const u8 *)"\xed\xa0\x80", (const u8 *)"\x80", (const u8 *)"\xf4\x90\x80\x80",
	};
	static const unicode_t points[] = { 0x41, 0xe9, 0x20ac, 0x1f600, 0xd800, 0x110000 };
	unicode_t u;
	u8 out[8];
	int i, n;

	for (i = 0; i < ARRAY_SIZE(inputs); i++) {
		u = 0;
		n = utf8_to_utf32(inputs[i], strlen((const char *)inputs[i]), &u);
		pr_info("strings: utf8_to_utf32 #%d %d U+%04X\n", i, n, u);
	}
	for (i = 0; i < ARRAY_SIZE(points); i++) {
		memset(out, 0, sizeof(out));
		n = utf32_to_utf8(points[i], out, sizeof(out));
		pr_info("strings: utf32_to_utf8 U+%04X %d %*phN\n", points[i],
			n, n > 0 ? n : 0, out);
	}
	n = utf32_to_utf8(0x20ac, out, 2);
	pr_info("strings: utf32_to_utf8 U+20AC in 2 bytes %d\n", n);
}

static void test_nls(void)
{
	static const unsigned char text[] = { 'K', 'o', 0x82, 0xe1, 0x9c, 0 };
	struct nls_table *nls = load_nls(charset);
	unsigned char back[4];
	wchar_t uni;
	int i, n;

	if (!nls) {
		pr_info("strings: no NLS table \"%s\"\n", charset);
		nls = load_nls_default();
	}
	pr_info("strings: NLS %s\n", nls->charset);
	for (i = 0; text[i]; i++) {
		uni = 0;
		n = nls->char2uni(&text[i], 1, &uni);
		back[0] = 0;
		nls->uni2char(uni, back, sizeof(back));
		pr_info("strings: %02x -> %d U+%04X -> %02x lower %02x upper %02x\n",
			text[i], n, uni, back[0], nls->charset2lower[text[i]],
			nls->charset2upper[text[i]]);
	}
	unload_nls(nls);
}

static void test_rational(void)
{
	static const unsigned long cases[][4] = {
		{ 31415, 10000, 255, 255 }, { 1, 3, 10, 10 }, { 1000, 1, 255, 255 },
		{ 3, 1000, 255, 255 }, { 48000, 44100, 8191, 8191 }, { 0, 5, 7, 7 },
	};
	unsigned long n, d;
	int i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		rational_best_approximation(cases[i][0], cases[i][1], cases[i][2],
					    cases[i][3], &n, &d);
		pr_info("strings: rational %lu/%lu within %lu/%lu: %lu/%lu\n",
			cases[i][0], cases[i][1], cases[i][2], cases[i][3], n, d);
	}
}

static int __init strings_init(void)
{
	test_kstrto();
	test_printf();
	test_copies();
	test_utf8();
	test_nls();
	test_rational();
	return 0;
}

static void __exit strings_exit(void)
{
}

module_init(strings_init);
module_exit(strings_exit);
MODULE_LICENSE("GPL");
MODULE_AUTHOR("kobox");
MODULE_DESCRIPTION("string, number and charset helpers over their edge cases");
