/** Real-browser tests of the pages through the gateway: Selenium with Debian's Chromium, axe-core for accessibility. */
package org.clinic.localstack.browser;
