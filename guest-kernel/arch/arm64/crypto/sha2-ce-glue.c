// SPDX-License-Identifier: GPL-2.0
/* SHA-256 blocks on the CPU's SHA-256 instructions (sha2-ce-core.S), when it has them. */
#include <crypto/internal/sha2.h>
#include <linux/compiler.h>
#include <asm/elf.h>
#include <asm/hwcap.h>
#include <asm/neon.h>

asmlinkage void sha2_ce_transform(u32 *state, const u8 *data, size_t blocks);

bool sha256_blocks_arch(u32 *state, const u8 *data, size_t blocks)
{
	if (!(elf_hwcap & HWCAP_SHA2) || !may_use_simd())
		return false;
	kernel_neon_begin();
	sha2_ce_transform(state, data, blocks);
	kernel_neon_end();
	return true;
}
