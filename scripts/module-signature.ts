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
 * openssl): a well-formed signature by a key no kernel knows.
 */
export function signWithThrowawayKey(module: Buffer, dir: string): Buffer {
	const key = join(dir, 'throwaway_key.pem');
	if (!existsSync(key)) {
		execFileSync('openssl', ['req', '-new', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '36500',
			'-subj', '/CN=kobox throwaway module signing key', '-keyout', key, '-out', key], { stdio: 'ignore' });
	}
	const tmp = mkdtempSync(join(tmpdir(), 'kobox-sign-'));
	try {
		const file = join(tmp, 'module.ko');
		writeFileSync(file, module);
		execFileSync(signFile, ['sha256', key, key, file]);
		return readFileSync(file);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
