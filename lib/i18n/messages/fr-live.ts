// Live updates of the figures (<LiveRefresh />), French, the reference. Merged into ./fr.ts.
export const frLive = {
  connecting: 'Connexion aux mises à jour en direct…',
  live: 'Chiffres mis à jour en direct',
  polling: 'Mise à jour en direct interrompue : les chiffres sont relus toutes les 15 secondes',
  paused: 'Mises à jour en pause après une longue inactivité : touchez la page pour reprendre',
};
