/* SPDX-License-Identifier: MIT */
#ifndef KOBOX_CPIO_H
#define KOBOX_CPIO_H

/*
 * Unpack the newc cpio archive read from fd into the directory dir, as
 * `cpio -idmu` does: parents made, files replaced, modes, owners and
 * modification times restored. 0, or the negative errno that stopped it.
 */
long cpio_unpack(long fd, long dir, char *buf, long size);

#endif
