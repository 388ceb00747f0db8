import { describe, expect, it } from 'vitest';
import { SYNC_PROTOCOL, helloMessage, stateMessage, syncChannelName } from './sync';
import { readSyncMessage } from './sync-read';

const state = { slideId: 'sec-a.read', revealed: false, evidence: true, blank: false };

describe('the sync protocol', () => {
  it('reads valid messages from another window', () => {
    expect(readSyncMessage(stateMessage('a', state), 'b')).toEqual(stateMessage('a', state));
    expect(readSyncMessage(helloMessage('a'), 'b')).toEqual({
      protocol: SYNC_PROTOCOL,
      version: 1,
      type: 'hello',
      sender: 'a',
    });
  });

  it('ignores its own echo', () => {
    expect(readSyncMessage(stateMessage('a', state), 'a')).toBeNull();
  });

  it('ignores anything malformed, from another protocol or another version', () => {
    expect(readSyncMessage(null, 'b')).toBeNull();
    expect(readSyncMessage('next', 'b')).toBeNull();
    expect(readSyncMessage({ ...stateMessage('a', state), protocol: 'other' }, 'b')).toBeNull();
    expect(readSyncMessage({ ...stateMessage('a', state), version: 2 }, 'b')).toBeNull();
    expect(readSyncMessage({ ...stateMessage('a', state), state: { ...state, revealed: 'yes' } }, 'b')).toBeNull();
    expect(readSyncMessage({ ...stateMessage('a', state), extra: 1 }, 'b')).toBeNull();
  });

  it('uses one channel per lesson', () => {
    expect(syncChannelName('x')).not.toBe(syncChannelName('y'));
  });
});
