const story = document.querySelector('offence-platform-bar');
story?.getImage().then((png) => console.log(png)); // a Blob, or null if the chart could not be drawn
const alt = story?.getImageAlt();                  // the same alt text
