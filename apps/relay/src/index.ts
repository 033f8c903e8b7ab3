export { startRelayServer, type RelayServer, type RelayServerOptions, type RelayServerDeps } from './relay-server';
