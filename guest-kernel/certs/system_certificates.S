/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The compiled-in X.509 certificates: those of Debian's kernel image,
 * extracted at build time (scripts/extract-sys-certs.pl), like Linux's
 * certs/signing_key.x509 + x509_certificate_list.
 */
	.section .init.rodata, "a"
	.align 8
	.globl system_certificate_list
system_certificate_list:
__cert_list_start:
	.incbin SYSTEM_CERTIFICATES
__cert_list_end:

	.align 8
	.globl system_certificate_list_size
system_certificate_list_size:
	.quad __cert_list_end - __cert_list_start
