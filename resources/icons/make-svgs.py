#!/usr/bin/env python3
# Writes the monochrome 16x16 SVG sources of WarrantyDesk's own icons (stroke glyphs; ui/icons.cpp
# tints them with the palette's tone at run time, so one black glyph serves light and dark).
# Run render-icons afterwards for the PNGs ui/workspace.cmake compiles in (Qt 6.4 on Debian 12
# ships no SVG image plugin by default, so PNG at 1x and 2x it is).
S = 'fill="none" stroke="#000" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"'
F = 'fill="#000"'
icons = {
 # key events
 "event-delivered": f'<path {S} d="M2.5 5.5 8 2.5l5.5 3v5L8 13.5l-5.5-3z M2.5 5.5 8 8.5l5.5-3 M8 8.5v5"/>',
 "event-extracted": f'<path {S} d="M8 2v7 M5 6.5 8 9.5l3-3 M3 11v2.5h10V11"/>',
 "event-activation_attempt": f'<circle {S} cx="5" cy="8" r="2.6"/><path {S} d="M7.6 8H14 M12 8v2.5 M10 8v1.8"/>',
 "event-redeemed": f'<circle {S} cx="8" cy="8" r="5.6"/><path {S} d="M5.4 8.2 7.2 10 10.8 6.2"/>',
 "event-reissued": f'<path {S} d="M12.8 6.2A5 5 0 0 0 3.6 5.4 M3.2 9.8a5 5 0 0 0 9.2.8 M3.4 2.8v2.8h2.8 M12.6 13.2v-2.8H9.8"/>',
 "event-refunded": f'<path {S} d="M5 4.5 3 6.5l2 2 M3 6.5h7a3 3 0 0 1 0 6H6.5"/>',
 "event-revoked": f'<circle {S} cx="8" cy="8" r="5.6"/><path {S} d="M4 12 12 4"/>',
 # platform events
 "platform-maintenance": f'<path {S} d="M10.2 2.6a3 3 0 0 0-3.6 3.9L2.6 10.5a1.4 1.4 0 0 0 2 2l4-4a3 3 0 0 0 3.9-3.6L10.6 6.8 9.2 5.4z"/>',
 "platform-outage": f'<path {S} d="M9 1.8 3.8 9h4l-1 5.2L12.2 7h-4z"/>',
 "platform-payment_callback": f'<rect {S} x="2" y="4" width="12" height="8.5" rx="1.2"/><path {S} d="M2 7h12 M4.5 10h3"/>',
 "platform-order_state": f'<path {S} d="M4 2.5h8v11H4z M6 5.5h4 M6 8h4 M6 10.5h2.5"/>',
 # evidence kinds
 "evidence-order_details": f'<path {S} d="M4 2h5.5L12 4.5V14H4z M9.5 2v2.5H12 M6 7.5h4 M6 10h4"/>',
 "evidence-key_usage_record": f'<path {S} d="M3 2.5h7.5v11H3z"/><circle {S} cx="11" cy="10.5" r="2"/><path {S} d="M5 5h3.5 M5 7.5h2.5 M12.4 11.9 14 13.5"/>',
 "evidence-communication_record": f'<path {S} d="M2 3.5h8v5H6l-2.5 2v-2H2z M10 6h4v5h-1.2v1.8L10.5 11H7.5V9.5"/>',
 "evidence-payment_record": f'<path {S} d="M3.5 2h9v12l-1.5-1-1.5 1-1.5-1L6.5 14 5 13l-1.5 1z M6 5.5l2 2.4 2-2.4 M8 7.9V11 M6.4 8.6h3.2"/>',
 "evidence-screenshot": f'<rect {S} x="2" y="3" width="12" height="10" rx="1.2"/><path {S} d="M2.5 11.5 6 8l2.5 2.5L10.5 8.5 13.5 11.5"/><circle {F} cx="10.5" cy="5.8" r="1.1"/>',
 "evidence-chat_log": f'<path {S} d="M2.5 3h11v7.5H7l-3 2.5v-2.5H2.5z M5 6h6 M5 8h4"/>',
 "evidence-other": f'<path {S} d="M10.5 5.5 6 10a1.4 1.4 0 0 0 2 2l4.8-4.8a2.8 2.8 0 0 0-4-4L4 8a4.2 4.2 0 0 0 6 6l3.2-3.2"/>',
 # states and actions
 "state-failure": f'<circle {S} cx="8" cy="8" r="5.6"/><path {S} d="M5.8 5.8l4.4 4.4 M10.2 5.8l-4.4 4.4"/>',
 "state-verified": f'<path {S} d="M8 1.8 13 3.6v4c0 3-2.2 5.2-5 6.6C5.2 12.8 3 10.6 3 7.6v-4z M5.6 7.8 7.4 9.6 10.6 6.2"/>',
 "state-mismatch": f'<path {S} d="M8 1.8 13 3.6v4c0 3-2.2 5.2-5 6.6C5.2 12.8 3 10.6 3 7.6v-4z M6.2 5.8l3.6 3.6 M9.8 5.8 6.2 9.4"/>',
 "state-pending": f'<circle {S} cx="8" cy="8" r="5.6"/><path {S} d="M8 4.8V8l2.2 1.6"/>',
 "state-duplicate": f'<rect {S} x="2" y="5" width="8" height="8" rx="1"/><path {S} d="M6 5V3h8v8h-4"/>',
 "state-broken-image": f'<path {S} d="M2 3h12v4.5l-2 1.5-2-1.5-2 1.5-2-1.5-2 1.5-2-1.5z M2 10.5V13h12v-2.5"/>',
 "action-copy": f'<rect {S} x="5" y="5" width="8.5" height="9" rx="1.2"/><path {S} d="M3 11V3.2C3 2.5 3.5 2 4.2 2H10"/>',
 "action-zoom-in": f'<circle {S} cx="7" cy="7" r="4.5"/><path {S} d="M10.3 10.3 14 14 M5 7h4 M7 5v4"/>',
 "action-zoom-out": f'<circle {S} cx="7" cy="7" r="4.5"/><path {S} d="M10.3 10.3 14 14 M5 7h4"/>',
 "action-fit": f'<path {S} d="M2 6V2h4 M10 2h4v4 M14 10v4h-4 M6 14H2v-4"/>',
 "action-actual-size": f'<path {S} d="M4 4.5 5.5 3.5V12.5 M10.5 4.5 12 3.5V12.5"/><circle {F} cx="8" cy="6.5" r=".9"/><circle {F} cx="8" cy="10" r=".9"/>',
 "action-rotate": f'<path {S} d="M12.8 7.8A4.8 4.8 0 1 1 10.6 3.8 M10.2 1.6l.6 2.4-2.4.6"/>',
 "action-compare": f'<rect {S} x="1.8" y="3" width="5.5" height="10" rx="1"/><rect {S} x="8.7" y="3" width="5.5" height="10" rx="1"/>',
 "action-next": f'<path {S} d="M6 3.5 10.5 8 6 12.5"/>',
 "action-previous": f'<path {S} d="M10 3.5 5.5 8 10 12.5"/>',
 "action-back": f'<path {S} d="M13 8H3.5 M7 4.5 3.5 8 7 11.5"/>',
 "action-advance": f'<path {S} d="M3 8h9.5 M9 4.5 12.5 8 9 11.5"/>',
}
for name, body in icons.items():
    with open(f"{name}.svg", "w") as f:
        f.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">{body}</svg>\n')
