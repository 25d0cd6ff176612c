// SPDX-License-Identifier: GPL-2.0
/*
 * SHA-1 (FIPS 180-4) and MD5 (RFC 1321). Linux builds both in for Debian
 * (CRYPTO_SHA1=y, CRYPTO_MD5=y), so signatures claiming them are checked,
 * not skipped. They share the block buffering; MD5 is little-endian.
 */
#include <crypto/sha1.h>
#include <linux/kernel.h>
#include <linux/string.h>

static inline u32 rol32(u32 x, unsigned int n)
{
	return x << n | x >> (32 - n);
}

static void sha1_block(u32 *h, const u8 *p)
{
	u32 w[80], a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f, k, t;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (u32)p[4 * i] << 24 | p[4 * i + 1] << 16 | p[4 * i + 2] << 8 | p[4 * i + 3];
	for (; i < 80; i++)
		w[i] = rol32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	for (i = 0; i < 80; i++) {
		if (i < 20) {
			f = (b & c) | (~b & d);
			k = 0x5a827999;
		} else if (i < 40) {
			f = b ^ c ^ d;
			k = 0x6ed9eba1;
		} else if (i < 60) {
			f = (b & c) | (b & d) | (c & d);
			k = 0x8f1bbcdc;
		} else {
			f = b ^ c ^ d;
			k = 0xca62c1d6;
		}
		t = rol32(a, 5) + f + e + k + w[i];
		e = d; d = c; c = rol32(b, 30); b = a; a = t;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void md5_block(u32 *h, const u8 *p)
{
	static const u32 k[64] = {
		0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a,
		0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be,
		0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
		0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
		0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
		0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
		0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa,
		0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
		0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
		0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
		0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
	};
	static const u8 r[4][4] = {
		{ 7, 12, 17, 22 }, { 5, 9, 14, 20 }, { 4, 11, 16, 23 }, { 6, 10, 15, 21 },
	};
	u32 m[16], a = h[0], b = h[1], c = h[2], d = h[3], f, t;
	unsigned int i, g;

	for (i = 0; i < 16; i++)
		m[i] = p[4 * i] | p[4 * i + 1] << 8 | p[4 * i + 2] << 16 | (u32)p[4 * i + 3] << 24;
	for (i = 0; i < 64; i++) {
		switch (i / 16) {
		case 0: f = (b & c) | (~b & d); g = i; break;
		case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16; break;
		case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16; break;
		default: f = c ^ (b | ~d); g = (7 * i) % 16; break;
		}
		t = d;
		d = c;
		c = b;
		b += rol32(a + f + k[i] + m[g], r[i / 16][i % 4]);
		a = t;
	}
	h[0] += a; h[1] += b; h[2] += c; h[3] += d;
}

static void block_update(struct sha1_state *sctx, const u8 *data, size_t len,
			 void (*block)(u32 *h, const u8 *p))
{
	size_t partial = sctx->count % SHA1_BLOCK_SIZE, n;

	sctx->count += len;
	if (partial) {
		n = min(len, SHA1_BLOCK_SIZE - partial);
		memcpy(sctx->buf + partial, data, n);
		data += n;
		len -= n;
		if (partial + n < SHA1_BLOCK_SIZE)
			return;
		block(sctx->state, sctx->buf);
	}
	for (; len >= SHA1_BLOCK_SIZE; len -= SHA1_BLOCK_SIZE, data += SHA1_BLOCK_SIZE)
		block(sctx->state, data);
	memcpy(sctx->buf, data, len);
}

/* 0x80, zeros, and the bit count: big-endian for SHA-1, little for MD5. */
static void block_pad(struct sha1_state *sctx, bool big_endian,
		      void (*block)(u32 *h, const u8 *p))
{
	u64 bits = sctx->count << 3;
	u8 pad[SHA1_BLOCK_SIZE + 8] = { 0x80 };
	size_t partial = sctx->count % SHA1_BLOCK_SIZE;
	size_t padlen = (partial < 56 ? 56 : 120) - partial;
	int i;

	for (i = 0; i < 8; i++)
		pad[padlen + i] = big_endian ? bits >> (56 - 8 * i) : bits >> (8 * i);
	block_update(sctx, pad, padlen + 8, block);
}

void sha1_init(struct sha1_state *sctx)
{
	static const u32 initial[5] = {
		0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0,
	};

	memcpy(sctx->state, initial, sizeof(initial));
	sctx->count = 0;
}

void sha1_update(struct sha1_state *sctx, const u8 *data, size_t len)
{
	block_update(sctx, data, len, sha1_block);
}

void sha1_final(struct sha1_state *sctx, u8 *out)
{
	int i;

	block_pad(sctx, true, sha1_block);
	for (i = 0; i < 20; i++)
		out[i] = sctx->state[i / 4] >> (24 - 8 * (i % 4));
	memset(sctx, 0, sizeof(*sctx));
}

void md5_init(struct sha1_state *sctx)
{
	sha1_init(sctx);	/* the same first four words */
}

void md5_update(struct sha1_state *sctx, const u8 *data, size_t len)
{
	block_update(sctx, data, len, md5_block);
}

void md5_final(struct sha1_state *sctx, u8 *out)
{
	int i;

	block_pad(sctx, false, md5_block);
	for (i = 0; i < 16; i++)
		out[i] = sctx->state[i / 4] >> (8 * (i % 4));
	memset(sctx, 0, sizeof(*sctx));
}
