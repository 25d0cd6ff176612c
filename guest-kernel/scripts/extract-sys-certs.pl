#!/usr/bin/perl
# SPDX-License-Identifier: GPL-2.0
#
# Extract the compiled-in X.509 certificate list from a Linux arm64 Image
# or a 32-bit ARM zImage (Debian's vmlinuz; its XZ payload is unpacked with
# xz), as Linux's extract-sys-certs.pl does from a vmlinux, but without
# symbols: system_certificate_list is a run of DER certificates
# (30 82 <len16> ...), and after it, aligned and close by,
# system_certificate_list_size holds the run's length as an unsigned long
# (64 bits on arm64, 32 on arm).
#
#   extract-sys-certs.pl <Image> <output>
#
use strict;
use warnings;

die "usage: $0 <Image> <output>\n" unless @ARGV == 2;
my ($image, $out) = @ARGV;

open(my $fh, '<:raw', $image) or die "$image: $!\n";
my $data = do { local $/; <$fh> };
close($fh);
my $word = 8;	# sizeof(unsigned long)
if (length($data) > 0x30 && unpack('V', substr($data, 0x24, 4)) == 0x016f2818) {
	# zImage: the kernel is the XZ stream inside the decompressor (the
	# first XZ magic that unpacks: the decompressor's code has it too)
	my ($at, $kernel) = (-1, '');
	while (!length($kernel) && ($at = index($data, "\xfd7zXZ\x00", $at + 1)) >= 0) {
		open(my $xz, '-|', 'sh', '-c', 'tail -c +' . ($at + 1) .
		     ' "$1" | xz -dcq --single-stream 2>/dev/null', 'sh', $image)
			or die "xz: $!\n";
		binmode($xz);
		$kernel = do { local $/; <$xz> } // '';
		$kernel = '' unless close($xz);
	}
	die "$image: a zImage without an XZ payload\n" unless length($kernel);
	$data = $kernel;
	$word = 4;
} else {
	die "$image: not an uncompressed arm64 Image or an ARM zImage\n"
		unless length($data) > 64 && substr($data, 56, 4) eq "ARM\x64";
}

# The DER header of an X.509 v3 certificate and of its TBSCertificate.
sub cert_len {
	my ($at) = @_;
	return 0 if substr($data, $at, 2) ne "\x30\x82" ||
		substr($data, $at + 4, 2) ne "\x30\x82" ||
		substr($data, $at + 8, 5) ne "\xa0\x03\x02\x01\x02";
	return unpack('n', substr($data, $at + 2, 2)) + 4;
}

my @found;
my $pos = 0;
while ($data =~ /\x30\x82..\x30\x82..\xa0\x03\x02\x01\x02/sg) {
	my $start = $-[0];
	next if $start < $pos;
	my ($end, $len) = ($start, 0);
	$end += $len while ($len = cert_len($end)) && $end + $len <= length($data);
	$pos = $end;
	my $size = $word == 8 ? pack('Q<', $end - $start) : pack('V', $end - $start);
	my $aligned = ($end + $word - 1) & ~($word - 1);
	my $limit = $aligned + 4096 < length($data) - $word ? $aligned + 4096 : length($data) - $word;
	for (my $at = $aligned; $at <= $limit; $at += $word) {
		if (substr($data, $at, $word) eq $size) {
			push(@found, [$start, $end]);
			last;
		}
	}
	pos($data) = $end;
}
die "$image: no compiled-in certificate list found\n" unless @found;
die "$image: several candidate certificate lists\n" if @found > 1;

my ($start, $end) = @{$found[0]};
open(my $o, '>:raw', "$out.tmp") or die "$out.tmp: $!\n";
print $o substr($data, $start, $end - $start);
close($o) or die "$out.tmp: $!\n";
rename("$out.tmp", $out) or die "$out: $!\n";
