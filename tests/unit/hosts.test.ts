import { describe, expect, it } from 'vitest';
import { bareHost, registrableHost, sameSite } from '@/lib/page/hosts';

describe('registrableHost', () => {
  it('strips subdomains down to the registrable domain', () => {
    expect(registrableHost('www.globalresearch.ca')).toBe('globalresearch.ca');
    expect(registrableHost('amp.theguardian.com')).toBe('theguardian.com');
    expect(registrableHost('a.b.example.co.uk')).toBe('example.co.uk');
    expect(registrableHost('example.co.uk')).toBe('example.co.uk');
    expect(registrableHost('WWW.ABC.NET.AU.')).toBe('abc.net.au');
    expect(registrableHost('localhost')).toBe('localhost');
    expect(registrableHost('192.168.0.1')).toBe('192.168.0.1');
  });
});

describe('bareHost', () => {
  it('strips mobile, AMP and www prefixes', () => {
    expect(bareHost('WWW.Example.com')).toBe('example.com');
    expect(bareHost('m.example.com')).toBe('example.com');
    expect(bareHost('amp.example.com')).toBe('example.com');
    expect(bareHost('www1.example.com')).toBe('example.com');
    expect(bareHost('edition.cnn.com')).toBe('edition.cnn.com');
  });
});

describe('sameSite', () => {
  it("joins an outlet's subdomains and keeps platform tenants apart", () => {
    expect(sameSite('edition.cnn.com', 'www.cnn.com')).toBe(true);
    expect(sameSite('www.bbc.co.uk', 'news.bbc.co.uk')).toBe(true);
    expect(sameSite('www.globalresearch.ca', 'www.sott.net')).toBe(false);
    expect(sameSite('alice.blogspot.com', 'bob.blogspot.com')).toBe(false);
    expect(sameSite('example.co.uk', 'other.co.uk')).toBe(false);
  });
});
