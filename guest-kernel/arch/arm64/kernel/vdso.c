// SPDX-License-Identifier: GPL-2.0
/*
 * The page every process gets in place of Linux's vDSO: just the
 * sigreturn trampoline that signal handlers return to, as the vDSO's
 * __kernel_rt_sigreturn (mov x8, #__NR_rt_sigreturn; svc #0). There is
 * no AT_SYSINFO_EHDR, so the C library makes real system calls for the
 * clocks. The mapping shows as "[vdso]", where Linux has it.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/binfmts.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <uapi/asm-generic/unistd.h>

#define AARCH64_MOV_X8(imm)	(0xd2800008 | ((imm) << 5))
#define AARCH64_SVC_0		0xd4000001
#define AARCH64_NOP		0xd503201f

static struct page *sigpage[1];

static int __init vdso_init(void)
{
	u32 *insn;

	sigpage[0] = alloc_pages(GFP_KERNEL | __GFP_ZERO, 0);
	if (!sigpage[0])
		return -ENOMEM;
	insn = page_address(sigpage[0]);
	/* a nop first, as Linux's sigreturn symbol sits after one (unwinders) */
	insn[0] = AARCH64_NOP;
	insn[1] = AARCH64_MOV_X8(__NR_rt_sigreturn);
	insn[2] = AARCH64_SVC_0;
	return 0;
}
arch_initcall(vdso_init);

int arch_setup_additional_pages(struct linux_binprm *bprm, int uses_interp)
{
	struct mm_struct *mm = current->mm;
	unsigned long addr;
	int ret;

	addr = get_unmapped_area(NULL, 0, PAGE_SIZE, 0, 0);
	if (IS_ERR_VALUE(addr))
		return addr;
	ret = install_special_mapping(mm, addr, PAGE_SIZE,
				      VM_READ | VM_EXEC | VM_MAYREAD | VM_MAYEXEC,
				      sigpage, "[vdso]");
	if (ret)
		return ret;
	mm->sigpage = addr + 4;
	return 0;
}
