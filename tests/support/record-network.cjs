// Preloaded with `node --require` into a command under test: records, and refuses, every attempt to
// reach another machine (a DNS lookup of a name other than localhost, or a TCP connection to an
// address outside the loopback range), one line each in the file VIGIL_NETWORK_LOG names. fetch()
// (undici), http and https all connect through net.Socket, so patching it covers them.
'use strict';
const dns = require('node:dns');
const fs = require('node:fs');
const net = require('node:net');

const log = process.env.VIGIL_NETWORK_LOG;
const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/i;

function record(what) {
	if (log) fs.appendFileSync(log, `${process.pid} ${what}\n`);
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(...args) {
	const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : { port: args[0], host: args[1] };
	const host = options.path ? undefined : String(options.host ?? 'localhost');
	if (host !== undefined && !LOOPBACK.test(host)) {
		record(`connect ${host}:${options.port}`);
		const error = Object.assign(new Error(`network access refused in tests: ${host}`), { code: 'ECONNREFUSED' });
		process.nextTick(() => this.destroy(error));
		return this;
	}
	return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function patchedLookup(hostname, ...rest) {
	if (LOOPBACK.test(String(hostname))) return lookup.call(this, hostname, ...rest);
	record(`lookup ${hostname}`);
	const callback = rest.at(-1);
	const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (network access refused in tests)`), { code: 'ENOTFOUND', hostname });
	if (typeof callback === 'function') process.nextTick(() => callback(error));
};
