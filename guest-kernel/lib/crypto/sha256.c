// SPDX-License-Identifier: GPL-2.0
/* SHA-256 and SHA-224 (FIPS 180-4): what module signatures and X.509 certificates use. */
#include <crypto/internal/sha2.h>
#include <crypto/sha2.h>
#include <linux/kernel.h>
#include <linux/string.h>

const u32 sha256_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static inline u32 ror32(u32 x, unsigned int n)
{
	return x >> n | x << (32 - n);
}

static void sha256_block(u32 *state, const u8 *block)
{
	u32 w[64], a, b, c, d, e, f, g, h, t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (u32)block[4 * i] << 24 | block[4 * i + 1] << 16 |
		       block[4 * i + 2] << 8 | block[4 * i + 3];
	for (; i < 64; i++)
		w[i] = w[i - 16] + w[i - 7] +
		       (ror32(w[i - 15], 7) ^ ror32(w[i - 15], 18) ^ (w[i - 15] >> 3)) +
		       (ror32(w[i - 2], 17) ^ ror32(w[i - 2], 19) ^ (w[i - 2] >> 10));

	a = state[0]; b = state[1]; c = state[2]; d = state[3];
	e = state[4]; f = state[5]; g = state[6]; h = state[7];
	for (i = 0; i < 64; i++) {
		t1 = h + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) +
		     ((e & f) ^ (~e & g)) + sha256_k[i] + w[i];
		t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) +
		     ((a & b) ^ (a & c) ^ (b & c));
		h = g; g = f; f = e; e = d + t1;
		d = c; c = b; b = a; a = t1 + t2;
	}
	state[0] += a; state[1] += b; state[2] += c; state[3] += d;
	state[4] += e; state[5] += f; state[6] += g; state[7] += h;
}

/* An architecture's blocks on instructions of the CPU's, where it has them. */
bool __weak sha256_blocks_arch(u32 *state, const u8 *data, size_t blocks)
{
	return false;
}

static void sha256_blocks(u32 *state, const u8 *data, size_t blocks)
{
	if (sha256_blocks_arch(state, data, blocks))
		return;
	for (; blocks; blocks--, data += SHA256_BLOCK_SIZE)
		sha256_block(state, data);
}

void sha256_init(struct sha256_state *sctx)
{
	static const u32 initial[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
	};

	memcpy(sctx->state, initial, sizeof(initial));
	sctx->count = 0;
}

void sha256_update(struct sha256_state *sctx, const u8 *data, size_t len)
{
	size_t partial = sctx->count % SHA256_BLOCK_SIZE, n;

	sctx->count += len;
	if (partial) {
		n = min(len, SHA256_BLOCK_SIZE - partial);
		memcpy(sctx->buf + partial, data, n);
		data += n;
		len -= n;
		if (partial + n < SHA256_BLOCK_SIZE)
			return;
		sha256_blocks(sctx->state, sctx->buf, 1);
	}
	n = len / SHA256_BLOCK_SIZE;
	if (n)
		sha256_blocks(sctx->state, data, n);
	data += n * SHA256_BLOCK_SIZE;
	memcpy(sctx->buf, data, len % SHA256_BLOCK_SIZE);
}

void sha224_init(struct sha256_state *sctx)
{
	static const u32 initial[8] = {
		0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
		0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
	};

	memcpy(sctx->state, initial, sizeof(initial));
	sctx->count = 0;
}

static void __sha256_final(struct sha256_state *sctx, u8 *out, unsigned int words)
{
	u64 bits = sctx->count << 3;
	u8 pad[SHA256_BLOCK_SIZE + 8] = { 0x80 };
	size_t partial = sctx->count % SHA256_BLOCK_SIZE;
	size_t padlen = (partial < 56 ? 56 : 120) - partial;
	unsigned int i;

	for (i = 0; i < 8; i++)
		pad[padlen + i] = bits >> (56 - 8 * i);
	sha256_update(sctx, pad, padlen + 8);
	for (i = 0; i < words; i++) {
		out[4 * i] = sctx->state[i] >> 24;
		out[4 * i + 1] = sctx->state[i] >> 16;
		out[4 * i + 2] = sctx->state[i] >> 8;
		out[4 * i + 3] = sctx->state[i];
	}
	memset(sctx, 0, sizeof(*sctx));
}

void sha256_final(struct sha256_state *sctx, u8 *out)
{
	__sha256_final(sctx, out, SHA256_DIGEST_SIZE / 4);
}

/* SHA-224 is SHA-256 from other initial values, cut to seven words. */
void sha224_final(struct sha256_state *sctx, u8 *out)
{
	__sha256_final(sctx, out, SHA224_DIGEST_SIZE / 4);
}

void sha256(const u8 *data, size_t len, u8 *out)
{
	struct sha256_state sctx;

	sha256_init(&sctx);
	sha256_update(&sctx, data, len);
	sha256_final(&sctx, out);
}
