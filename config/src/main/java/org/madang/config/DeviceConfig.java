package org.madang.config;

/** The devices of this terminal, each named by a {@link DeviceUri}. */
public record DeviceConfig(
        DeviceUri receiptPrinter,
        DeviceUri documentPrinter,
        DeviceUri qrScanner,
        DeviceUri idReader,
        DeviceUri voice) {
}
