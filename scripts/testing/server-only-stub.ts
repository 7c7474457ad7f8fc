// Stands in for the 'server-only' marker package in unit tests, which already run on the server.
export {};
