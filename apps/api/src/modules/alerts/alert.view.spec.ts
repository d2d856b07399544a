import type { AlertDelivery } from '@lyt/contracts';
import { deliveryForViewer, maskAddress, webhookOrigin } from './alert.view';

describe(webhookOrigin.name, () => {
  it.each([
    [
      'https://hooks.slack.com/services/T0/B0/s3cr3t',
      'https://hooks.slack.com/…',
    ],
    ['https://discord.com/api/webhooks/1/tok/slack', 'https://discord.com/…'],
    ['https://chat.nordlys.dk', 'https://chat.nordlys.dk'],
    ['https://chat.nordlys.dk/?token=s3cr3t', 'https://chat.nordlys.dk/…'],
    ['http://127.0.0.1:8080/hook', 'http://127.0.0.1:8080/…'],
  ])('%s → %s', (url, shown) => {
    expect(webhookOrigin(url)).toBe(shown);
  });
});

describe(maskAddress.name, () => {
  it.each([
    ['chef@nordlys.dk', 'c•••@nordlys.dk'],
    ['Æbleø@nordlys.dk', 'Æ•••@nordlys.dk'],
    ['x@y', 'x•••@y'],
    ['no-address', '•••'],
  ])('%s → %s', (address, shown) => {
    expect(maskAddress(address)).toBe(shown);
  });
});

describe(deliveryForViewer.name, () => {
  it('masks the addresses a mail server named in its refusal, and nothing else', () => {
    const delivery = {
      error:
        '550 mailbox unavailable: <chef@nordlys.dk>, pr@nordlys.dk (127.0.0.1:2525)',
    } as AlertDelivery;
    expect(deliveryForViewer(delivery).error).toBe(
      '550 mailbox unavailable: <c•••@nordlys.dk>, p•••@nordlys.dk (127.0.0.1:2525)',
    );
    expect(
      deliveryForViewer({ error: null } as AlertDelivery).error,
    ).toBeNull();
  });
});
