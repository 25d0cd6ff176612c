// SPDX-License-Identifier: GPL-2.0
/*
 * What armhf modules call that the compiler, not the source, asks for:
 * the EABI's division and 64-bit helpers (arch/arm/lib, as Linux's),
 * exported with Debian's CRCs.
 */
#include <linux/export.h>
#include <linux/types.h>
#include <asm/memory.h>
#include <asm/page.h>

extern void __aeabi_idiv(void);
extern void __aeabi_idivmod(void);
extern void __aeabi_lasr(void);
extern void __aeabi_llsl(void);
extern void __aeabi_llsr(void);
extern void __aeabi_lmul(void);
extern void __aeabi_uidiv(void);
extern void __aeabi_uidivmod(void);
extern void __aeabi_ulcmp(void);
extern void __ashldi3(void);
extern void __ashrdi3(void);
extern void __lshrdi3(void);
extern void __muldi3(void);
extern void __bswapsi2(void);
extern void __bswapdi2(void);
extern void __divsi3(void);
extern void __modsi3(void);
extern void __udivsi3(void);
extern void __umodsi3(void);
extern void __ucmpdi2(void);
extern void __do_div64(void);

EXPORT_SYMBOL(__aeabi_idiv);
EXPORT_SYMBOL(__aeabi_idivmod);
EXPORT_SYMBOL(__aeabi_lasr);
EXPORT_SYMBOL(__aeabi_llsl);
EXPORT_SYMBOL(__aeabi_llsr);
EXPORT_SYMBOL(__aeabi_lmul);
EXPORT_SYMBOL(__aeabi_uidiv);
EXPORT_SYMBOL(__aeabi_uidivmod);
EXPORT_SYMBOL(__aeabi_ulcmp);
EXPORT_SYMBOL(__ashldi3);
EXPORT_SYMBOL(__ashrdi3);
EXPORT_SYMBOL(__lshrdi3);
EXPORT_SYMBOL(__muldi3);
EXPORT_SYMBOL(__bswapsi2);
EXPORT_SYMBOL(__bswapdi2);
EXPORT_SYMBOL(__divsi3);
EXPORT_SYMBOL(__modsi3);
EXPORT_SYMBOL(__udivsi3);
EXPORT_SYMBOL(__umodsi3);
EXPORT_SYMBOL(__ucmpdi2);
EXPORT_SYMBOL(__do_div64);

/* <asm/bitops.h>'s atomic bit operations (arch/arm/lib/bitops.S). */
extern void _set_bit(void);
extern void _clear_bit(void);
extern void _change_bit(void);
extern void _test_and_set_bit(void);
extern void _test_and_clear_bit(void);
extern void _test_and_change_bit(void);
EXPORT_SYMBOL(_set_bit);
EXPORT_SYMBOL(_clear_bit);
EXPORT_SYMBOL(_change_bit);
EXPORT_SYMBOL(_test_and_set_bit);
EXPORT_SYMBOL(_test_and_clear_bit);
EXPORT_SYMBOL(_test_and_change_bit);

/* get_user() and put_user() (arch/arm/lib/getuser.S, putuser.S). */
extern void __get_user_1(void);
extern void __get_user_2(void);
extern void __get_user_4(void);
extern void __get_user_8(void);
extern void __put_user_1(void);
extern void __put_user_2(void);
extern void __put_user_4(void);
extern void __put_user_8(void);
EXPORT_SYMBOL(__get_user_1);
EXPORT_SYMBOL(__get_user_2);
EXPORT_SYMBOL(__get_user_4);
EXPORT_SYMBOL(__get_user_8);
EXPORT_SYMBOL(__put_user_1);
EXPORT_SYMBOL(__put_user_2);
EXPORT_SYMBOL(__put_user_4);
EXPORT_SYMBOL(__put_user_8);

extern void __gnu_mcount_nc(void);
EXPORT_SYMBOL(__gnu_mcount_nc);

/*
 * CONFIG_ARM_PATCH_PHYS_VIRT: the phys-virt offset modules' __pa()/__va()
 * are patched with (module.c), and PHYS_PFN_OFFSET.
 */
u64 __pv_offset = (u64)PHYS_OFFSET - PAGE_OFFSET;
EXPORT_SYMBOL(__pv_offset);
unsigned long __pv_phys_pfn_offset = PHYS_OFFSET >> PAGE_SHIFT;
EXPORT_SYMBOL(__pv_phys_pfn_offset);
