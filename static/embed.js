/*
 * valgomat embed loader (MIT). Turns every
 *   <div data-valgomat="https://<site>/embed/" data-edition="oslo"></div>
 * into a lazy-loaded iframe of the quiz, and sets each iframe's height from the height messages
 * it posts ({"datawrapper-height": {"<id>": <px>}}), accepting a message only when its
 * `event.source` is that iframe's window. Options: data-edition, data-lang (nb, nn, en),
 * data-theme (light, dark, auto), data-accent (hex colour), data-plain, data-id, data-title,
 * data-height (first height in px). The quiz checks every value; this file only passes them on.
 * Hand-written, no dependencies, under 2 KB gzip (a test measures it).
 */
(function () {
	var frames = [];
	var count = 0;

	function setUp(host) {
		var d = host.dataset;
		var url;
		try {
			url = new URL(d.valgomat, location.href);
		} catch {
			console.warn('valgomat: data-valgomat is not a URL');
			return;
		}
		var path = url.pathname.replace(/\/?$/, '/');
		if (d.lang && d.lang !== 'nb') {
			path = path.replace(/\/embed\/$/, '/' + encodeURIComponent(d.lang) + '/embed/');
		}
		if (d.edition) path += encodeURIComponent(d.edition) + '/';
		url.pathname = path;
		['theme', 'accent', 'plain'].forEach(function (name) {
			if (d[name] !== undefined) url.searchParams.set(name, d[name]);
		});
		url.searchParams.set('id', d.id || 'valgomat-' + ++count);
		var frame = document.createElement('iframe');
		frame.src = url.href;
		frame.title = d.title || 'Valgomat';
		frame.loading = 'lazy';
		frame.setAttribute('allow', 'web-share; clipboard-write');
		frame.style.display = 'block';
		frame.style.width = '100%';
		frame.style.border = '0';
		frame.style.height = (parseInt(d.height, 10) || 700) + 'px';
		host.appendChild(frame);
		frames.push(frame);
	}

	function scan() {
		var hosts = document.querySelectorAll('[data-valgomat]');
		for (var i = 0; i < hosts.length; i++) {
			if (!hosts[i].valgomat) {
				hosts[i].valgomat = true;
				setUp(hosts[i]);
			}
		}
	}

	addEventListener('message', function (event) {
		var data = event.data;
		var heights = data && typeof data === 'object' && data['datawrapper-height'];
		if (!heights || typeof heights !== 'object') return;
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				for (var id in heights) {
					var h = Number(heights[id]);
					if (h > 0 && h < 100000) frames[i].style.height = Math.ceil(h) + 'px';
				}
			}
		}
	});

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
	window.valgomat = { scan: scan };
})();
