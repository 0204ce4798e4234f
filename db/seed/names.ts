// Common given names and family names by country of birth, combined at random: plausible, and no real person.
export const NAMES_BY_COUNTRY: Record<string, { given: string[]; family: string[] }> = {
  CO: { given: ['Valentina', 'Santiago', 'Camila', 'Andrés', 'Daniela', 'Julián'], family: ['Restrepo', 'Gómez', 'Ospina', 'Cardona', 'Rincón'] },
  MX: { given: ['Ximena', 'Diego', 'Guadalupe', 'Emiliano', 'Fernanda'], family: ['Hernández', 'Ramírez', 'Velázquez', 'Ortega', 'Cruz'] },
  MA: { given: ['Youssef', 'Salma', 'Hamza', 'Imane', 'Mehdi', 'Khadija'], family: ['El Amrani', 'Bennani', 'Alaoui', 'Tazi', 'Chraibi'] },
  DZ: { given: ['Amine', 'Lina', 'Karim', 'Yasmine', 'Riad'], family: ['Belkacem', 'Haddad', 'Boudiaf', 'Mansouri', 'Saidi'] },
  TN: { given: ['Aziz', 'Rania', 'Skander', 'Mariem'], family: ['Trabelsi', 'Jaziri', 'Gharbi', 'Ben Salah'] },
  FR: { given: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Théo'], family: ['Moreau', 'Lefebvre', 'Girard', 'Bonnet', 'Fournier'] },
  BE: { given: ['Lotte', 'Arnaud', 'Elise', 'Maxime'], family: ['Peeters', 'Janssens', 'Dubois', 'Lambert'] },
  CM: { given: ['Armel', 'Nadège', 'Boris', 'Laetitia', 'Cédric'], family: ['Nguema', 'Mbarga', 'Tchoumi', 'Fotso', 'Ekane'] },
  CI: { given: ['Koffi', 'Aya', 'Yao', 'Adjoua'], family: ['Kouassi', 'Konan', 'Traoré', 'Bamba'] },
  SN: { given: ['Moussa', 'Awa', 'Cheikh', 'Fatou', 'Ibrahima'], family: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Sarr'] },
  CD: { given: ['Grâce', 'Patrick', 'Divine', 'Jonathan'], family: ['Mukendi', 'Kabongo', 'Ilunga', 'Tshibangu'] },
  HT: { given: ['Widlyne', 'Jean-Robert', 'Nathalie', 'Stevenson', 'Roseline'], family: ['Pierre-Louis', 'Joseph', 'Charles', 'Étienne', 'Augustin'] },
  PH: { given: ['Maricel', 'Jerome', 'Angelica', 'Rodel', 'Kristine'], family: ['Dela Cruz', 'Santos', 'Reyes', 'Bautista', 'Villanueva'] },
  IN: { given: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram'], family: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Kapoor'] },
  CN: { given: ['Wei', 'Xiaoling', 'Hao', 'Mei', 'Jun'], family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen'] },
  VN: { given: ['Minh', 'Lan', 'Tuan', 'Hoa'], family: ['Nguyen', 'Tran', 'Le', 'Pham'] },
  SY: { given: ['Omar', 'Rasha', 'Ahmad', 'Lama', 'Bassel'], family: ['Al-Khatib', 'Haddad', 'Sabbagh', 'Darwish'] },
  LB: { given: ['Rami', 'Nour', 'Ziad', 'Maya'], family: ['Khoury', 'Haddad', 'Saab', 'Nassar'] },
  IR: { given: ['Arash', 'Shirin', 'Reza', 'Parisa'], family: ['Hosseini', 'Karimi', 'Rahimi', 'Moradi'] },
  UA: { given: ['Oksana', 'Andriy', 'Iryna', 'Dmytro', 'Olena'], family: ['Kovalenko', 'Shevchuk', 'Bondarenko', 'Melnyk'] },
  BR: { given: ['Larissa', 'Thiago', 'Beatriz', 'Rafael'], family: ['Oliveira', 'Souza', 'Carvalho', 'Pereira'] },
  PE: { given: ['Lucía', 'Mateo', 'Rosa', 'Alonso'], family: ['Quispe', 'Huamán', 'Flores', 'Mendoza'] },
  MG: { given: ['Hery', 'Voahangy', 'Tiana', 'Fanja'], family: ['Rakotomalala', 'Randrianarisoa', 'Rasoanaivo'] },
  GT: { given: ['María José', 'Esteban', 'Lesly', 'Byron'], family: ['Morales', 'Barrios', 'Coj', 'Tzul'] },
};

export const COUNTRIES = Object.keys(NAMES_BY_COUNTRY);
