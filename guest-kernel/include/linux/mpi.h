/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Multi-precision integers for RSA public-key operations: fixed room for
 * 4096 bits (the largest key Linux's RSA accepts), 64-bit limbs, least
 * significant first. Linux's lib/mpi is GnuPG's; this is a small one.
 */
#ifndef _LINUX_MPI_H
#define _LINUX_MPI_H

#include <linux/types.h>

#define MPI_MAX_BITS	4096
#define MPI_MAX_LIMBS	(MPI_MAX_BITS / 64)

struct mpi {
	unsigned int nlimbs;		/* no leading zero limbs */
	u64 d[MPI_MAX_LIMBS];
};

int mpi_read_raw_data(struct mpi *a, const void *buf, size_t len);
int mpi_write_raw(const struct mpi *a, void *buf, size_t len);
unsigned int mpi_get_nbits(const struct mpi *a);
int mpi_cmp(const struct mpi *u, const struct mpi *v);
int mpi_powm(struct mpi *res, const struct mpi *base, const struct mpi *exp,
	     const struct mpi *mod);

#endif /* _LINUX_MPI_H */
