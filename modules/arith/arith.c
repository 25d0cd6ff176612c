// SPDX-License-Identifier: GPL-2.0
/*
 * Integer arithmetic a module leaves to the kernel on a 32-bit CPU:
 * "/" and "%" of ints (the EABI's __aeabi_*div* on armhf), do_div()
 * (__do_div64), div64_u64(), div64_s64() and div_s64_rem(), over edge
 * cases, printed. On 32-bit ARM it also calls each of the other helpers
 * the kernel exports for compilers (64-bit shifts, multiply, compare,
 * byte swaps) by name. zero=1 divides by zero, which 32-bit ARM's
 * helpers report (__div0) and answer 0.
 */
#include <linux/init.h>
#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/math64.h>
#include <asm/div64.h>

static bool zero;
module_param(zero, bool, 0444);
MODULE_PARM_DESC(zero, "divide by zero too");

/* Hidden from the compiler, so that it calls the helpers. */
static volatile int ints[] = { 7, -7, 100, -100, 2147483647, -2147483647 - 1, 0, 1 };
static volatile int divisors[] = { 1, -1, 3, -3, 7, 65536, -2147483647 - 1 };
static volatile u64 wide[] = {
	0, 1, 1000000007ULL, 0x100000000ULL, 0xffffffffffffffffULL,
	0x123456789abcdef0ULL, 0x8000000000000000ULL,
};
static volatile u32 narrow[] = { 1, 3, 10, 0xffffffffU, 0x80000000U, 1000000 };

static void test_int_division(void)
{
	int i, j, n, d;
	unsigned int un, ud;

	for (i = 0; i < ARRAY_SIZE(ints); i++) {
		for (j = 0; j < ARRAY_SIZE(divisors); j++) {
			n = ints[i];
			d = divisors[j];
			if (n == -2147483647 - 1 && d == -1)
				continue;	/* overflows: undefined in C */
			un = n;
			ud = d;
			pr_info("arith: %d/%d=%d %%=%d  %u/%u=%u %%=%u\n",
				n, d, n / d, n % d, un, ud, un / ud, un % ud);
		}
	}
}

static void test_do_div(void)
{
	int i, j;
	u64 n;
	u32 rem;

	for (i = 0; i < ARRAY_SIZE(wide); i++) {
		for (j = 0; j < ARRAY_SIZE(narrow); j++) {
			n = wide[i];
			rem = do_div(n, narrow[j]);
			pr_info("arith: do_div(%llu, %u) = %llu rem %u\n",
				(unsigned long long)wide[i], narrow[j],
				(unsigned long long)n, rem);
		}
	}
}

static void test_div64(void)
{
	int i, j;
	u64 rem;
	s32 srem;
	s64 q;

	for (i = 0; i < ARRAY_SIZE(wide); i++) {
		for (j = 1; j < ARRAY_SIZE(wide); j++) {
			q = div64_u64_rem(wide[i], wide[j], &rem);
			pr_info("arith: div64_u64_rem(%llu, %llu) = %llu rem %llu, div64_s64 %lld\n",
				(unsigned long long)wide[i], (unsigned long long)wide[j],
				(unsigned long long)q, (unsigned long long)rem,
				(long long)div64_s64(wide[i], wide[j]));
		}
		q = div_s64_rem(wide[i], divisors[i % ARRAY_SIZE(divisors)], &srem);
		pr_info("arith: div_s64_rem(%lld, %d) = %lld rem %d\n", (long long)wide[i],
			divisors[i % ARRAY_SIZE(divisors)], (long long)q, srem);
	}
}

#ifdef CONFIG_ARM
/* What gcc may call; a module can import them as any other symbol. */
extern u64 __aeabi_llsl(u64, int), __aeabi_llsr(u64, int), __aeabi_lasr(s64, int);
extern u64 __ashldi3(u64, int), __lshrdi3(u64, int), __ashrdi3(s64, int);
extern u64 __aeabi_lmul(u64, u64), __muldi3(u64, u64);
extern int __aeabi_ulcmp(u64, u64), __ucmpdi2(u64, u64);
extern u32 __bswapsi2(u32);
extern u64 __bswapdi2(u64);
extern int __divsi3(int, int), __modsi3(int, int);
extern unsigned int __udivsi3(unsigned int, unsigned int), __umodsi3(unsigned int, unsigned int);

static void test_helpers(void)
{
	static const int shifts[] = { 0, 1, 31, 32, 33, 63 };
	u64 a = wide[5], b = wide[4];
	int i;

	/* Signed results in decimal: a hex ffff... would read as an address to the comparison. */
	for (i = 0; i < ARRAY_SIZE(shifts); i++)
		pr_info("arith: shift %d: llsl %llx llsr %llx lasr %lld ashl %llx lshr %llx ashr %lld\n",
			shifts[i], __aeabi_llsl(a, shifts[i]), __aeabi_llsr(a | 1ULL << 63, shifts[i]),
			__aeabi_lasr(a | 1ULL << 63, shifts[i]), __ashldi3(wide[2], shifts[i]),
			__lshrdi3(b - wide[3], shifts[i]), __ashrdi3(a, shifts[i]));
	pr_info("arith: lmul %llx muldi3 %llx\n", __aeabi_lmul(a, b - 2), __muldi3(a, wide[2]));
	pr_info("arith: ulcmp %d %d %d ucmpdi2 %d %d %d\n", __aeabi_ulcmp(a, b), __aeabi_ulcmp(b, b),
		__aeabi_ulcmp(b, a), __ucmpdi2(wide[3], wide[2]), __ucmpdi2(wide[3], wide[3]),
		__ucmpdi2(wide[2], wide[3]));
	pr_info("arith: bswapsi2 %x bswapdi2 %llx\n", __bswapsi2(0x12345678), __bswapdi2(a));
	pr_info("arith: divsi3 %d modsi3 %d udivsi3 %u umodsi3 %u\n", __divsi3(-100, 7),
		__modsi3(-100, 7), __udivsi3(0xfffffff0U, 7), __umodsi3(0xfffffff0U, 7));
}

static void test_div_by_zero(void)
{
	volatile int z = 0;
	u64 n = wide[5];
	u32 rem;

	pr_info("arith: 100 / 0 = %d, 100 %% 0 = %d\n", 100 / z, 100 % z);
	pr_info("arith: umodsi3(100, 0) = %u\n", __umodsi3(100, z));
	rem = do_div(n, (u32)z);
	pr_info("arith: do_div by 0 = %llu rem %u\n", (unsigned long long)n, rem);
}
#else
static void test_helpers(void)
{
}

static void test_div_by_zero(void)
{
	pr_info("arith: no division helpers to divide by zero\n");
}
#endif

static int __init arith_init(void)
{
	if (zero) {
		test_div_by_zero();
		return 0;
	}
	test_int_division();
	test_do_div();
	test_div64();
	test_helpers();
	return 0;
}

static void __exit arith_exit(void)
{
}

module_init(arith_init);
module_exit(arith_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("32-bit division and the compiler's helpers, over edge cases");
