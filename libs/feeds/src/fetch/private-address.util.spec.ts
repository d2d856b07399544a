import { isPrivateAddress } from './private-address.util';

describe(isPrivateAddress.name, () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true], // cloud metadata
    ['100.64.0.1', true], // CGNAT
    ['100.127.255.255', true],
    ['0.0.0.0', true],
    ['0.1.2.3', true],
    ['224.0.0.1', true], // multicast
    ['255.255.255.255', true],
    ['198.18.0.1', true],
    ['192.0.2.10', true],
    ['::1', true],
    ['::', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['0:0:0:0:0:ffff:a00:1', true], // ::ffff:10.0.0.1
    ['64:ff9b::7f00:1', true], // NAT64 of 127.0.0.1
    ['2002:7f00:1::', true], // 6to4 of 127.0.0.1
    ['fc00::1', true],
    ['fd12:3456:789a::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['ff02::1', true],
    ['2001:db8::1', true],
    ['not-an-ip', true], // fail closed
    ['', true],
    ['8.8.8.8', false],
    ['1.1.1.1', false],
    ['172.32.0.1', false],
    ['100.128.0.1', false],
    ['192.169.0.1', false],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::808:808', false], // NAT64 of 8.8.8.8
    ['2a00:1450:4001:80b::200e', false],
    ['2606:4700:4700::1111', false],
  ])('says %s is non-public: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });
});
