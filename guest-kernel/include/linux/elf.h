/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The ELF types of this kernel's own class, as Linux's <linux/elf.h> and
 * asm-generic/module.h name them: Elf64_* on arm64, Elf32_* on arm.
 */
#ifndef _LINUX_ELF_H
#define _LINUX_ELF_H

#include <uapi/linux/elf.h>
#include <asm/elf.h>

#ifdef CONFIG_64BIT
#define ELF_CLASS	ELFCLASS64
#define Elf_Addr	u64
#define Elf_Ehdr	Elf64_Ehdr
#define Elf_Phdr	Elf64_Phdr
#define Elf_Shdr	Elf64_Shdr
#define Elf_Sym		Elf64_Sym
#define Elf_Rel		Elf64_Rel
#define Elf_Rela	Elf64_Rela
#define ELF_R_SYM(i)	ELF64_R_SYM(i)
#define ELF_R_TYPE(i)	ELF64_R_TYPE(i)
#else
#define ELF_CLASS	ELFCLASS32
#define Elf_Addr	u32
#define Elf_Ehdr	Elf32_Ehdr
#define Elf_Phdr	Elf32_Phdr
#define Elf_Shdr	Elf32_Shdr
#define Elf_Sym		Elf32_Sym
#define Elf_Rel		Elf32_Rel
#define Elf_Rela	Elf32_Rela
#define ELF_R_SYM(i)	ELF32_R_SYM(i)
#define ELF_R_TYPE(i)	ELF32_R_TYPE(i)
#endif

#endif
