/** The Allure page made offline: the analytics tag removed, any other remote resource refused. */
import { expect, test } from '@playwright/test';
import { offlineAllurePage } from './allure-site.ts';

const ANALYTICS = `<script async src="https://www.googletagmanager.com/gtag/js?id=G-X"></script>
    <script>
        window.dataLayer = window.dataLayer || [];
        function gtag(){dataLayer.push(arguments);}
        gtag('js', new Date());
        gtag('config', 'G-X', { "report": "awesome" });
    </script>`;

test('removes the analytics tag and keeps the rest', () => {
  const page = `<html><body><div id="app"></div>${ANALYTICS}<script src="data:text/javascript;base64,AA=="></script></body></html>`;
  expect(offlineAllurePage(page)).toBe(
    '<html><body><div id="app"></div><script src="data:text/javascript;base64,AA=="></script></body></html>',
  );
});

test('refuses a page that still loads something from the network', () => {
  expect(() => offlineAllurePage('<link rel="stylesheet" href="https://fonts.example.com/x.css">')).toThrow(
    /remote resource/,
  );
  expect(() => offlineAllurePage('<script src="//cdn.example.com/x.js"></script>')).toThrow(/remote resource/);
});
