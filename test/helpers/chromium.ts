// Headless Chromium for the browser tests: Debian's `chromium` package driven
// by playwright-core (no browser download), a fresh profile per launch, and
// every background service that could reach the network switched off.
import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type {BrowserContext} from 'playwright-core';

export const chromiumPath = process.env['COPYDESK_CHROMIUM'] ?? '/usr/bin/chromium';

export const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/** Why the browser tests cannot run here, or null. */
export const chromiumUnavailable = (): string | null =>
	existsSync(chromiumPath) ? null : `no Chromium at ${chromiumPath} (Debian: apt-get install -y chromium; .ci/run installs it)`;

export type Browser = {context: BrowserContext; close: () => Promise<void>};

/** Launches Chromium with a fresh --user-data-dir (removed on close). */
export const launchChromium = async (): Promise<Browser> => {
	const {chromium} = await import('playwright-core');
	const profile = await mkdtemp(path.join(os.tmpdir(), 'copydesk-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath,
		headless: true,
		args: chromiumFlags,
		viewport: {width: 1280, height: 900},
		offline: true,
	});
	return {
		context,
		async close() {
			await context.close();
			await rm(profile, {recursive: true, force: true});
		},
	};
};
