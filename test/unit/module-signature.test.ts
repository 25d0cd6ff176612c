// The helpers that derive broken signatures (scripts/module-signature.ts), on Debian's signed crc7.ko.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distModulesDir } from '../../emulator/paths.ts';
import { encodeDer, parseDer, signedParts, withSignature, withSignerDigestOid, withSignerSkid } from '../../scripts/module-signature.ts';

const crc7 = () => readFileSync(join(distModulesDir(), 'lib/crc7.ko'));

describe('module signature helpers', () => {
	it('split a signed module into module, PKCS#7 and trailer, and join it back unchanged', () => {
		const data = crc7();
		const parts = signedParts(data);
		expect(parts.info[2]).toBe(2);				/* PKEY_ID_PKCS7 */
		expect(parts.info.readUInt32BE(8)).toBe(parts.pkcs7.length);
		expect(parts.module.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
		expect(withSignature(parts).equals(data)).toBe(true);
		expect(() => signedParts(parts.module)).toThrow();
	});

	it('re-encode DER byte for byte', () => {
		const { pkcs7 } = signedParts(crc7());
		expect(encodeDer(parseDer(pkcs7)[0]).equals(pkcs7)).toBe(true);
	});

	it('change only what they are asked to', () => {
		const { pkcs7 } = signedParts(crc7());
		const sha1 = withSignerDigestOid(pkcs7, [0x2b, 0x0e, 0x03, 0x02, 0x1a]);
		expect(sha1.length).toBe(pkcs7.length - 4);
		expect(sha1.includes(Buffer.from([0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a]))).toBe(true);
		const signature = parseDer(pkcs7)[0].children![1].children![0].children!.at(-1)!.children![0].children!.at(-1)!;
		const skid = Buffer.alloc(20, 0xab);
		const bySkid = parseDer(withSignerSkid(pkcs7, skid))[0].children![1].children![0];
		const signerInfo = bySkid.children!.at(-1)!.children![0];
		expect(bySkid.children![0].value[0]).toBe(3);
		expect(signerInfo.children![0].value[0]).toBe(3);
		expect(signerInfo.children![1]).toMatchObject({ tag: 0x80, value: skid });
		expect(signerInfo.children!.at(-1)!.value.equals(signature.value)).toBe(true);
	});
});
