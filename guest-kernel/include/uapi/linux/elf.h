/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/* The parts of the ELF format the program and module loaders read. */
#ifndef _UAPI_LINUX_ELF_H
#define _UAPI_LINUX_ELF_H

#include <linux/types.h>

#define EI_NIDENT	16
#define ELFMAG		"\177ELF"
#define SELFMAG		4
#define EI_CLASS	4
#define ELFCLASS32	1
#define ELFCLASS64	2
#define ET_REL		1
#define ET_EXEC		2
#define ET_DYN		3
#define EM_ARM		40
#define EM_AARCH64	183

#define PT_NULL		0
#define PT_LOAD		1
#define PT_DYNAMIC	2
#define PT_INTERP	3
#define PT_NOTE		4
#define PT_PHDR		6
#define PT_TLS		7
#define PT_GNU_STACK	0x6474e551

#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

#define AT_NULL		0
#define AT_IGNORE	1
#define AT_EXECFD	2
#define AT_PHDR		3
#define AT_PHENT	4
#define AT_PHNUM	5
#define AT_PAGESZ	6
#define AT_BASE		7
#define AT_FLAGS	8
#define AT_ENTRY	9
#define AT_NOTELF	10
#define AT_UID		11
#define AT_EUID		12
#define AT_GID		13
#define AT_EGID		14
#define AT_PLATFORM	15
#define AT_HWCAP	16
#define AT_CLKTCK	17
#define AT_SECURE	23
#define AT_BASE_PLATFORM 24
#define AT_RANDOM	25
#define AT_HWCAP2	26
#define AT_EXECFN	31
#define AT_SYSINFO_EHDR	33
#define AT_MINSIGSTKSZ	51

typedef u32 Elf32_Addr;
typedef u32 Elf32_Word;
typedef u64 Elf64_Addr;
typedef u32 Elf64_Word;

typedef struct elf32_hdr {
	unsigned char e_ident[EI_NIDENT];
	u16 e_type;
	u16 e_machine;
	u32 e_version;
	u32 e_entry;
	u32 e_phoff;
	u32 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
} Elf32_Ehdr;

typedef struct elf64_hdr {
	unsigned char e_ident[EI_NIDENT];
	u16 e_type;
	u16 e_machine;
	u32 e_version;
	u64 e_entry;
	u64 e_phoff;
	u64 e_shoff;
	u32 e_flags;
	u16 e_ehsize;
	u16 e_phentsize;
	u16 e_phnum;
	u16 e_shentsize;
	u16 e_shnum;
	u16 e_shstrndx;
} Elf64_Ehdr;

typedef struct elf32_phdr {
	u32 p_type;
	u32 p_offset;
	u32 p_vaddr;
	u32 p_paddr;
	u32 p_filesz;
	u32 p_memsz;
	u32 p_flags;
	u32 p_align;
} Elf32_Phdr;

typedef struct elf64_phdr {
	u32 p_type;
	u32 p_flags;
	u64 p_offset;
	u64 p_vaddr;
	u64 p_paddr;
	u64 p_filesz;
	u64 p_memsz;
	u64 p_align;
} Elf64_Phdr;

/* Sections: what the module loader reads from a relocatable .ko */
#define SHN_UNDEF	0
#define SHN_ABS		0xfff1
#define SHN_COMMON	0xfff2

#define SHT_NULL	0
#define SHT_PROGBITS	1
#define SHT_SYMTAB	2
#define SHT_STRTAB	3
#define SHT_RELA	4
#define SHT_NOTE	7
#define SHT_NOBITS	8
#define SHT_REL		9

#define SHF_WRITE	0x1
#define SHF_ALLOC	0x2
#define SHF_EXECINSTR	0x4
#define SHF_RO_AFTER_INIT 0x00200000

typedef struct elf32_shdr {
	u32 sh_name;
	u32 sh_type;
	u32 sh_flags;
	u32 sh_addr;
	u32 sh_offset;
	u32 sh_size;
	u32 sh_link;
	u32 sh_info;
	u32 sh_addralign;
	u32 sh_entsize;
} Elf32_Shdr;

typedef struct elf64_shdr {
	u32 sh_name;
	u32 sh_type;
	u64 sh_flags;
	u64 sh_addr;
	u64 sh_offset;
	u64 sh_size;
	u32 sh_link;
	u32 sh_info;
	u64 sh_addralign;
	u64 sh_entsize;
} Elf64_Shdr;

typedef struct elf32_sym {
	u32 st_name;
	u32 st_value;
	u32 st_size;
	unsigned char st_info;
	unsigned char st_other;
	u16 st_shndx;
} Elf32_Sym;

typedef struct elf64_sym {
	u32 st_name;
	unsigned char st_info;
	unsigned char st_other;
	u16 st_shndx;
	u64 st_value;
	u64 st_size;
} Elf64_Sym;

typedef struct elf32_rel {
	u32 r_offset;
	u32 r_info;
} Elf32_Rel;

typedef struct elf32_rela {
	u32 r_offset;
	u32 r_info;
	s32 r_addend;
} Elf32_Rela;

typedef struct elf64_rel {
	u64 r_offset;
	u64 r_info;
} Elf64_Rel;

typedef struct elf64_rela {
	u64 r_offset;
	u64 r_info;
	s64 r_addend;
} Elf64_Rela;

#define STT_OBJECT	1
#define STT_FUNC	2

#define STB_LOCAL	0
#define STB_GLOBAL	1
#define STB_WEAK	2

#define ELF32_R_SYM(i)	((i) >> 8)
#define ELF32_R_TYPE(i)	((i) & 0xff)
#define ELF64_R_SYM(i)	((i) >> 32)
#define ELF64_R_TYPE(i)	((i) & 0xffffffff)

#endif
