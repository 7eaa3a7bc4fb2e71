// Prints a TCP port that is free right now on the loopback interface.
import { createServer } from 'node:net';

const server = createServer();
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  server.close(() => console.log(typeof address === 'object' && address ? address.port : ''));
});
