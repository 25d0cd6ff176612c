#!/usr/bin/perl
# SPDX-License-Identifier: GPL-2.0
#
# Extract the compiled-in X.509 certificate list from a Linux arm64 Image
# (Debian's vmlinuz), as Linux's extract-sys-certs.pl does from a vmlinux,
# but without symbols: system_certificate_list is a run of DER
# certificates (30 82 <len16> ...), and after it, 8-aligned and close by,
# system_certificate_list_size holds the run's length as a 64-bit word.
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
die "$image: not an uncompressed arm64 Image\n"
	unless length($data) > 64 && substr($data, 56, 4) eq "ARM\x64";

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
	my $size = pack('Q<', $end - $start);
	my $aligned = ($end + 7) & ~7;
	my $limit = $aligned + 4096 < length($data) - 8 ? $aligned + 4096 : length($data) - 8;
	for (my $at = $aligned; $at <= $limit; $at += 8) {
		if (substr($data, $at, 8) eq $size) {
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
