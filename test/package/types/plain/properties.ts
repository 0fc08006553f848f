const chart = document.createElement('foi-bar-chart');
chart.data = [{ label: 'Facebook', value: 261 }];
chart.total = 521;          // or 'sum'; the attribute's text (total="1,234") is read too
chart.theme = 'dark';       // 'light' | 'dark' | 'auto'
chart.valueFormat = 'both'; // 'number' | 'percent' | 'both'
chart.addEventListener('foi-render', (event) => event.detail.chart.update());
chart.state;                // 'loading' | 'ready' | 'empty' | 'error' (read-only)
