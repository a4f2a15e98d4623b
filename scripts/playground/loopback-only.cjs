/**
 * Preloaded into Microsoft 365 Agents Playground (node --require): it has no host option and listens on every
 * interface, which would let anyone on the network chat with the unauthenticated local-mode bot through it.
 * A listen(port[, callback]) without a host is bound to 127.0.0.1 instead; any call that names a host is left alone.
 */
'use strict';
const net = require('node:net');

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [port, second] = args;
  const withoutHost = typeof port === 'number' && (args.length === 1 || typeof second === 'function');
  return withoutHost ? listen.call(this, port, '127.0.0.1', ...args.slice(1)) : listen.apply(this, args);
};
