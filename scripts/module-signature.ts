// The appended signature of a module, as scripts/sign-file writes it:
//   module || PKCS#7 (DER) || struct module_signature (12 bytes) || "~Module signature appended~\n"
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MODULE_SIG_STRING = '~Module signature appended~\n';
const INFO_SIZE = 12;

export interface SignedModule {
	module: Buffer;
	pkcs7: Buffer;
	/** algo, hash, id_type, signer_len, key_id_len, pad[3], sig_len (big endian) */
	info: Buffer;
}

export function signedParts(data: Buffer): SignedModule {
	const marker = Buffer.from(MODULE_SIG_STRING, 'latin1');
	if (!data.subarray(data.length - marker.length).equals(marker)) throw new Error('module is not signed');
	const infoAt = data.length - marker.length - INFO_SIZE;
	const info = Buffer.from(data.subarray(infoAt, infoAt + INFO_SIZE));
	const sigLen = info.readUInt32BE(8);
	return { module: Buffer.from(data.subarray(0, infoAt - sigLen)), pkcs7: Buffer.from(data.subarray(infoAt - sigLen, infoAt)), info };
}

export const withSignature = (p: SignedModule) => Buffer.concat([p.module, p.pkcs7, p.info, Buffer.from(MODULE_SIG_STRING, 'latin1')]);

/** The kbuild sign-file of the host's linux-kbuild-6.1 (what the headers' scripts/ link to). */
const signFile = '/usr/lib/linux-kbuild-6.1/scripts/sign-file';

/**
 * Sign with sha256 by a throwaway RSA key (generated once into dir/throwaway_key.pem with
 * openssl): a well-formed signature by a key no kernel knows. byKeyId: name the signer by
 * subjectKeyIdentifier (sign-file -k) rather than issuer + serial.
 */
function throwawayKey(dir: string): string {
	const key = join(dir, 'throwaway_key.pem');
	if (!existsSync(key)) {
		execFileSync('openssl', ['req', '-new', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '36500',
			'-subj', '/CN=kobox throwaway module signing key', '-keyout', key, '-out', key], { stdio: 'ignore' });
	}
	return key;
}

export function signWithThrowawayKey(module: Buffer, dir: string, byKeyId = false): Buffer {
	const key = throwawayKey(dir);
	const tmp = mkdtempSync(join(tmpdir(), 'kobox-sign-'));
	try {
		const file = join(tmp, 'module.ko');
		writeFileSync(file, module);
		execFileSync(signFile, [...(byKeyId ? ['-k'] : []), 'sha256', key, key, file]);
		return readFileSync(file);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** A DER element: constructed ones (tag bit 0x20) hold children, the others their value. */
export interface Der { tag: number; value: Buffer; children?: Der[] }

export function parseDer(buf: Buffer): Der[] {
	const out: Der[] = [];
	for (let p = 0; p < buf.length;) {
		const tag = buf[p];
		let len = buf[p + 1], at = p + 2;
		if (len & 0x80) {
			const n = len & 0x7f;
			len = buf.readUIntBE(at, n);
			at += n;
		}
		const value = buf.subarray(at, at + len);
		out.push({ tag, value, children: tag & 0x20 ? parseDer(value) : undefined });
		p = at + len;
	}
	return out;
}

export function encodeDer(d: Der): Buffer {
	const value = d.children ? Buffer.concat(d.children.map(encodeDer)) : d.value;
	const n = value.length;
	const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
	return Buffer.concat([Buffer.from([d.tag, ...len]), value]);
}

/**
 * Re-encode a module's PKCS#7 with its (first) SignerInfo's digestAlgorithm OID replaced by
 * another, of any length: ContentInfo / [0] / SignedData / signerInfos / SignerInfo / digestAlgorithm.
 */
export function withSignerDigestOid(pkcs7: Buffer, oid: number[]): Buffer {
	const [contentInfo] = parseDer(pkcs7);
	const signedData = contentInfo.children![1].children![0];
	const signerInfos = signedData.children![signedData.children!.length - 1];
	const digestAlgorithm = signerInfos.children![0].children![2];
	digestAlgorithm.children![0] = { tag: 0x06, value: Buffer.from(oid) };
	return encodeDer(contentInfo);
}

/** The subjectKeyIdentifier of a DER X.509 certificate. */
export function subjectKeyIdentifier(cert: Buffer): Buffer {
	const tbs = parseDer(cert)[0].children![0];
	const extensions = tbs.children!.find(e => e.tag === 0xa3)!.children![0].children!;
	for (const ext of extensions) {
		if (ext.children![0].value.equals(Buffer.from([0x55, 0x1d, 0x0e])))
			return parseDer(ext.children![ext.children!.length - 1].value)[0].value;
	}
	throw new Error('certificate without subjectKeyIdentifier');
}

/**
 * Name the (first) signer by subjectKeyIdentifier instead of issuer + serial: CMS version 3
 * SignedData and SignerInfo with sid [0] IMPLICIT skid. With no authenticated attributes the
 * signature itself stays valid.
 */
export function withSignerSkid(pkcs7: Buffer, skid: Buffer): Buffer {
	const [contentInfo] = parseDer(pkcs7);
	const signedData = contentInfo.children![1].children![0];
	const signerInfo = signedData.children![signedData.children!.length - 1].children![0];
	signedData.children![0] = { tag: 0x02, value: Buffer.from([3]) };
	signerInfo.children![0] = { tag: 0x02, value: Buffer.from([3]) };
	signerInfo.children![1] = { tag: 0x80, value: skid };
	return encodeDer(contentInfo);
}

/**
 * Sign with `openssl cms` by the throwaway key: detached, with the signer's certificate in the
 * message, and with or without authenticated attributes (sign-file adds neither).
 */
export function cmsSignWithThrowawayKey(module: Buffer, dir: string, authattrs: boolean): Buffer {
	const key = throwawayKey(dir);
	const tmp = mkdtempSync(join(tmpdir(), 'kobox-cms-'));
	try {
		const file = join(tmp, 'module.ko'), sig = join(tmp, 'module.p7s');
		writeFileSync(file, module);
		execFileSync('openssl', ['cms', '-sign', '-binary', '-md', 'sha256', ...(authattrs ? [] : ['-noattr']),
			'-signer', key, '-inkey', key, '-outform', 'DER', '-in', file, '-out', sig]);
		const pkcs7 = readFileSync(sig);
		const info = Buffer.alloc(12);
		info[2] = 2;	/* PKEY_ID_PKCS7 */
		info.writeUInt32BE(pkcs7.length, 8);
		return withSignature({ module, pkcs7, info });
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
