// Scan: reads an asset's QR label with the phone's camera where the browser can (the Shape
// Detection API's BarcodeDetector: Chrome on Android), then asks the server what it names
// (/scan?code=...: a label opens its asset, anything else is searched). Elsewhere the page's form
// (a typed tag) and the phone's own camera app, which opens a label's address, do the same.
const box = document.getElementById('scan-camera');
const say = (text) => {
  document.getElementById('scan-status').textContent = text;
};

async function start() {
  const video = document.getElementById('scan-video');
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch {
    say(box.dataset.failed);
    return;
  }
  video.srcObject = stream;
  video.hidden = false;
  await video.play();
  say(box.dataset.pointing);
  const detector = new BarcodeDetector({ formats: ['qr_code'] });
  const look = async () => {
    const codes = await detector.detect(video).catch(() => []);
    if (codes.length) {
      stream.getTracks().forEach((t) => t.stop());
      location.assign('/scan?code=' + encodeURIComponent(codes[0].rawValue));
      return;
    }
    setTimeout(look, 200);
  };
  look();
}

if (box && 'BarcodeDetector' in window && navigator.mediaDevices) {
  BarcodeDetector.getSupportedFormats().then((formats) => {
    if (!formats.includes('qr_code')) return;
    box.hidden = false;
    document.getElementById('scan-start').addEventListener('click', start, { once: true });
  });
}
