// SPDX-License-Identifier: GPL-2.0
/*
 * res = base ^ exp mod mod, by Montgomery multiplication (odd moduli:
 * every RSA modulus is odd). Public exponents are short, so plain
 * left-to-right square-and-multiply is enough.
 */
#include <linux/errno.h>
#include <linux/mpi.h>
#include <linux/slab.h>
#include <linux/string.h>

#ifdef __SIZEOF_INT128__
typedef unsigned __int128 u128;
#else
/* a * b + c + d, which cannot overflow 128 bits: the low half, *hi the high */
static inline u64 mul_add(u64 a, u64 b, u64 c, u64 d, u64 *hi)
{
	/* 32-bit: four 32x32 products */
	u64 al = (u32)a, ah = a >> 32, bl = (u32)b, bh = b >> 32;
	u64 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
	u64 mid = (ll >> 32) + (u32)lh + (u32)hl;
	u64 lo = (mid << 32) | (u32)ll;

	hh += (lh >> 32) + (hl >> 32) + (mid >> 32);
	lo += c;
	hh += lo < c;
	lo += d;
	hh += lo < d;
	*hi = hh;
	return lo;
}
#endif

static void mpi_normalize(struct mpi *a)
{
	while (a->nlimbs && !a->d[a->nlimbs - 1])
		a->nlimbs--;
}

/* Big-endian bytes, leading zeros allowed; -EINVAL past 4096 bits. */
int mpi_read_raw_data(struct mpi *a, const void *buf, size_t len)
{
	const u8 *p = buf;
	size_t i;

	while (len && !*p) {
		p++;
		len--;
	}
	if (len > MPI_MAX_LIMBS * 8)
		return -EINVAL;
	memset(a, 0, sizeof(*a));
	for (i = 0; i < len; i++)
		a->d[i / 8] |= (u64)p[len - 1 - i] << (8 * (i % 8));
	a->nlimbs = (len + 7) / 8;
	mpi_normalize(a);
	return 0;
}

/* Big-endian into exactly len bytes (zero-padded); -EOVERFLOW if short. */
int mpi_write_raw(const struct mpi *a, void *buf, size_t len)
{
	u8 *p = buf;
	size_t i;

	if (mpi_get_nbits(a) > len * 8)
		return -EOVERFLOW;
	for (i = 0; i < len; i++)
		p[len - 1 - i] = i / 8 < a->nlimbs ?
				 a->d[i / 8] >> (8 * (i % 8)) : 0;
	return 0;
}

unsigned int mpi_get_nbits(const struct mpi *a)
{
	if (!a->nlimbs)
		return 0;
	return a->nlimbs * 64 - __builtin_clzll(a->d[a->nlimbs - 1]);
}

static int limbs_cmp(const u64 *u, const u64 *v, unsigned int n)
{
	while (n--)
		if (u[n] != v[n])
			return u[n] > v[n] ? 1 : -1;
	return 0;
}

int mpi_cmp(const struct mpi *u, const struct mpi *v)
{
	if (u->nlimbs != v->nlimbs)
		return u->nlimbs > v->nlimbs ? 1 : -1;
	return limbs_cmp(u->d, v->d, u->nlimbs);
}

/* r -= m over n limbs; returns the borrow. */
static u64 limbs_sub(u64 *r, const u64 *m, unsigned int n)
{
	u64 borrow = 0, t;
	unsigned int i;

	for (i = 0; i < n; i++) {
		t = r[i] - m[i] - borrow;
		borrow = (r[i] < m[i]) || (r[i] - m[i] < borrow);
		r[i] = t;
	}
	return borrow;
}

/* x = 2x mod m, for x < m. */
static void limbs_double_mod(u64 *x, const u64 *m, unsigned int n)
{
	u64 carry = x[n - 1] >> 63;
	unsigned int i;

	for (i = n - 1; i > 0; i--)
		x[i] = x[i] << 1 | x[i - 1] >> 63;
	x[0] <<= 1;
	if (carry || limbs_cmp(x, m, n) >= 0)
		limbs_sub(x, m, n);
}

/*
 * r = a * b / 2^(64n) mod m, multiplying and reducing in one pass over
 * the limbs (FIOS); t has room for n + 1 limbs. r may be a or b.
 */
#ifdef __SIZEOF_INT128__
static void mont_mul(u64 *r, const u64 *a, const u64 *b, const u64 *m,
		     u64 minv, unsigned int n, u64 *t)
{
	unsigned int i, j;
	u64 bi, q, c1, c2;
	u128 x, y;

	memset(t, 0, (n + 1) * sizeof(*t));
	for (i = 0; i < n; i++) {
		bi = b[i];
		x = (u128)a[0] * bi + t[0];
		q = (u64)x * minv;		/* makes the low limb vanish */
		y = (u128)q * m[0] + (u64)x;
		c1 = x >> 64;
		c2 = y >> 64;
#pragma GCC unroll 4
		for (j = 1; j < n; j++) {
			x = (u128)a[j] * bi + t[j] + c1;
			c1 = x >> 64;
			y = (u128)q * m[j] + (u64)x + c2;
			c2 = y >> 64;
			t[j - 1] = y;
		}
		x = (u128)t[n] + c1 + c2;
		t[n - 1] = x;
		t[n] = x >> 64;
	}
	if (t[n] || limbs_cmp(t, m, n) >= 0)
		limbs_sub(t, m, n);
	memcpy(r, t, n * sizeof(*r));
}
#else
/* 32-bit: the same pass, 64x64-bit products in four 32x32 ones */
static void mont_mul(u64 *r, const u64 *a, const u64 *b, const u64 *m,
		     u64 minv, unsigned int n, u64 *t)
{
	unsigned int i, j;
	u64 bi, q, c1, c2, x, sum;

	memset(t, 0, (n + 1) * sizeof(*t));
	for (i = 0; i < n; i++) {
		bi = b[i];
		x = mul_add(a[0], bi, t[0], 0, &c1);
		q = x * minv;			/* makes the low limb vanish */
		mul_add(q, m[0], x, 0, &c2);
#pragma GCC unroll 4
		for (j = 1; j < n; j++) {
			x = mul_add(a[j], bi, t[j], c1, &c1);
			t[j - 1] = mul_add(q, m[j], x, c2, &c2);
		}
		sum = t[n] + c1;
		t[n] = sum < c1;
		t[n - 1] = sum + c2;
		t[n] += t[n - 1] < c2;
	}
	if (t[n] || limbs_cmp(t, m, n) >= 0)
		limbs_sub(t, m, n);
	memcpy(r, t, n * sizeof(*r));
}
#endif

struct mont_ctx {
	const u64 *m;
	u64 minv;			/* -m^-1 mod 2^64 */
	unsigned int n;
	u64 r[MPI_MAX_LIMBS];		/* R = 2^(64n) mod m: the form of 1 */
	u64 r2[MPI_MAX_LIMBS];		/* R^2 mod m: the form of R */
	u64 b[MPI_MAX_LIMBS];
	u64 x[MPI_MAX_LIMBS];
	u64 t[MPI_MAX_LIMBS + 2];
};

static void mont(struct mont_ctx *c, u64 *r, const u64 *a, const u64 *b)
{
	mont_mul(r, a, b, c->m, c->minv, c->n, c->t);
}

/* x = b^e for b in Montgomery form (and x too), e given by its low ebits bits. */
static void mont_pow(struct mont_ctx *c, u64 *x, const u64 *b, const u64 *e,
		     unsigned int ebits)
{
	int k;

	memcpy(x, ebits ? b : c->r, c->n * sizeof(u64));
	for (k = (int)ebits - 2; k >= 0; k--) {
		mont(c, x, x, x);
		if (e[k / 64] >> (k % 64) & 1)
			mont(c, x, x, b);
	}
}

/*
 * The last modulus's -m^-1 and R^2 mod m: signatures are checked against the
 * same few keys, and R^2 costs a quarter of an RSA-4096 verification.
 */
static struct {
	u64 m[MPI_MAX_LIMBS];
	unsigned int n;
	u64 minv;
	u64 r2[MPI_MAX_LIMBS];
} last_mod;

/* c->minv, c->r and c->r2 for c->m, of bits bits. */
static void mont_setup(struct mont_ctx *c, unsigned int bits)
{
	unsigned int n = c->n, i;
	u64 e;

	/* R mod m: 2^(bits - 1) < m, doubled up to 2^(64n) (at most 64 times). */
	c->r[(bits - 1) / 64] = 1ULL << ((bits - 1) % 64);
	for (i = bits - 1; i < 64 * n; i++)
		limbs_double_mod(c->r, c->m, n);
	if (last_mod.n == n && !memcmp(last_mod.m, c->m, n * sizeof(u64))) {
		c->minv = last_mod.minv;
		memcpy(c->r2, last_mod.r2, n * sizeof(u64));
		return;
	}

	/* -m^-1 mod 2^64, by Newton's iteration (each doubles the bits). */
	c->minv = c->m[0];
	for (i = 0; i < 5; i++)
		c->minv *= 2 - c->m[0] * c->minv;
	c->minv = -c->minv;
	/*
	 * R^2 mod m is the form of 2^(64n) = (2^64)^n: the form of 2^64
	 * (R doubled 64 times) to the power n.
	 */
	memcpy(c->b, c->r, n * sizeof(u64));
	for (i = 0; i < 64; i++)
		limbs_double_mod(c->b, c->m, n);
	e = n;
	mont_pow(c, c->r2, c->b, &e, 64 - __builtin_clzll(e));

	memcpy(last_mod.m, c->m, n * sizeof(u64));
	last_mod.n = n;
	last_mod.minv = c->minv;
	memcpy(last_mod.r2, c->r2, n * sizeof(u64));
}

int mpi_powm(struct mpi *res, const struct mpi *base, const struct mpi *exp,
	     const struct mpi *mod)
{
	unsigned int n = mod->nlimbs, bits = mpi_get_nbits(mod);
	struct mont_ctx *c;

	if (bits < 2 || !(mod->d[0] & 1) || mpi_cmp(base, mod) >= 0)
		return -EINVAL;
	c = kzalloc(sizeof(*c), GFP_KERNEL);
	if (!c)
		return -ENOMEM;
	c->m = mod->d;
	c->n = n;
	mont_setup(c, bits);

	memset(c->b, 0, sizeof(c->b));
	memcpy(c->b, base->d, base->nlimbs * sizeof(u64));
	mont(c, c->b, c->b, c->r2);			/* the form of base */
	mont_pow(c, c->x, c->b, exp->d, mpi_get_nbits(exp));
	memset(c->b, 0, sizeof(c->b));
	c->b[0] = 1;
	mont(c, c->x, c->x, c->b);			/* out of the form */

	memset(res, 0, sizeof(*res));
	memcpy(res->d, c->x, n * sizeof(u64));
	res->nlimbs = n;
	mpi_normalize(res);
	kfree(c);
	return 0;
}
