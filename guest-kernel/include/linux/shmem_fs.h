/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __SHMEM_FS_H
#define __SHMEM_FS_H

struct inode;

/* tmpfs's accounting of file data pages: -ENOSPC past its size= limit. */
int shmem_inode_acct_block(struct inode *inode, long pages);
void shmem_inode_unacct_blocks(struct inode *inode, long pages);

#endif
