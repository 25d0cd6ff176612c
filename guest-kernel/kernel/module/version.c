// SPDX-License-Identifier: GPL-2.0
/*
 * Modversions: each symbol a module imports carries the CRC of the
 * declaration it was built against, in its __versions section; the
 * kernel's come from Debian's Module.symvers (__kcrctab).
 */
#include <linux/kernel.h>
#include <linux/export.h>
#include <linux/string.h>
#include "internal.h"

int check_version(const struct load_info *info, const char *symname,
		  struct module *mod, const s32 *crc)
{
	unsigned int versindex = info->index.vers;
	struct modversion_info *versions;
	unsigned int i, num_versions;

	/* The exporter gave no CRCs: it tainted the kernel already. */
	if (!crc)
		return 1;
	/* No __versions at all (modprobe --force): force-load. */
	if (versindex == 0)
		return try_to_force_load(mod, symname) == 0;

	versions = (void *)info->sechdrs[versindex].sh_addr;
	num_versions = info->sechdrs[versindex].sh_size / sizeof(*versions);
	for (i = 0; i < num_versions; i++) {
		if (strcmp(versions[i].name, symname))
			continue;
		if ((u32)versions[i].crc == (u32)*crc)
			return 1;
		pr_warn("%s: disagrees about version of symbol %s\n",
			info->name, symname);
		return 0;
	}
	/* built without the exporter's CRC (no KBUILD_EXTRA_SYMBOLS): refused */
	pr_warn("%s: no symbol version for %s\n", info->name, symname);
	return 0;
}

/* module_layout's CRC stands for the layout of struct module itself. */
int check_modstruct_version(const struct load_info *info,
			    struct module *mod)
{
	struct find_symbol_arg fsa = {
		.name	= "module_layout",
		.gplok	= true,
	};

	if (!find_symbol(&fsa))
		return 0;
	return check_version(info, "module_layout", mod, fsa.crc);
}

/* With modversions the release may differ: compare from the first space. */
int same_magic(const char *amagic, const char *bmagic, bool has_crcs)
{
	if (has_crcs) {
		amagic += strcspn(amagic, " ");
		bmagic += strcspn(bmagic, " ");
	}
	return strcmp(amagic, bmagic) == 0;
}

/* Only its CRC matters: it is what modules check struct module by. */
void module_layout(void);
void module_layout(void)
{
}
EXPORT_SYMBOL(module_layout);
